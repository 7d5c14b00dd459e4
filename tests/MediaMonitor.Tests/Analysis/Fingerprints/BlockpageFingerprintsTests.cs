using MediaMonitor.Analysis.Fingerprints;

namespace MediaMonitor.Tests.Analysis.Fingerprints;

public sealed class BlockpageFingerprintsTests
{
    private static readonly BlockpageFingerprints Fingerprints = BlockpageFingerprints.Default;

    private static readonly Dictionary<string, string> NoHeaders = [];

    // A made-up but typical Kazakh news page (Russian and Kazakh text, the usual head, scripts, a
    // cookie without a parent domain). Nothing in it resembles a blockpage.
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Мажилис одобрил поправки в закон о СМИ — Новости Казахстана</title>
          <meta name="description" content="Депутаты мажилиса одобрили в первом чтении поправки в закон о масс-медиа.">
          <meta property="og:title" content="Мажилис одобрил поправки в закон о СМИ">
          <meta property="og:type" content="article">
          <meta property="og:url" content="https://news.example.kz/politics/2024/09/12/mazhilis-smi">
          <link rel="canonical" href="https://news.example.kz/politics/2024/09/12/mazhilis-smi">
          <link rel="stylesheet" href="/static/css/main.3f9a1c.css">
          <script async src="/static/js/counter.js"></script>
        </head>
        <body class="page-article">
          <header class="site-header">
            <a class="logo" href="/">Новости Казахстана</a>
            <nav>
              <a href="/politics/">Политика</a> <a href="/economy/">Экономика</a>
              <a href="/society/">Общество</a> <a href="/kz/">Қазақша</a>
            </nav>
          </header>
          <main>
            <article>
              <h1>Мажилис одобрил поправки в закон о СМИ</h1>
              <div class="article__meta"><time datetime="2024-09-12T14:35:00+05:00">12 сентября 2024, 14:35</time> · Астана</div>
              <p>Депутаты мажилиса одобрили в первом чтении поправки в закон о масс-медиа. По словам
              министра информации, новые нормы касаются аккредитации журналистов и работы онлайн-изданий.</p>
              <p>Представители отраслевых ассоциаций попросили продлить обсуждение законопроекта и
              учесть замечания редакций региональных газет.</p>
              <blockquote>«Мы рассчитываем, что закон будет принят до конца сессии», — сказал спикер.</blockquote>
              <h2>Қазақша</h2>
              <p>Мәжіліс депутаттары бұқаралық ақпарат құралдары туралы заңға түзетулерді бірінші оқылымда
              мақұлдады. Журналистер мен өңірлік басылымдардың өкілдері талқылауды ұзартуды сұрады.</p>
            </article>
            <aside class="related">
              <h3>Читайте также</h3>
              <ul>
                <li><a href="/economy/2024/09/11/tenge">Курс тенге на 11 сентября</a></li>
                <li><a href="/society/2024/09/10/almaty-metro">В Алматы продлят линию метро</a></li>
              </ul>
            </aside>
          </main>
          <footer>© 2024 Новости Казахстана. При использовании материалов ссылка обязательна.</footer>
          <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ section: "politics" });</script>
        </body>
        </html>
        """;

    private static readonly Dictionary<string, string> NewsHeaders = new()
    {
        ["content-type"] = "text/html; charset=utf-8",
        ["server"] = "nginx",
        ["date"] = "Thu, 12 Sep 2024 09:40:00 GMT",
        ["cache-control"] = "private, max-age=0",
        ["set-cookie"] = "PHPSESSID=5c1f0a9e2b; path=/; HttpOnly",
        ["x-frame-options"] = "SAMEORIGIN",
        ["strict-transport-security"] = "max-age=31536000",
        ["vary"] = "Accept-Encoding",
    };

    [Fact]
    public void Default_Loaded_HasEveryPartAboveSaneMinimums()
    {
        Assert.True(Fingerprints.DnsCount > 200, $"DNS: {Fingerprints.DnsCount}");
        Assert.True(Fingerprints.HttpCount > 1000, $"HTTP: {Fingerprints.HttpCount}");
        Assert.True(Fingerprints.CensoredPlanetCount > 500, $"Censored Planet: {Fingerprints.CensoredPlanetCount}");
        Assert.True(Fingerprints.CountOf("ooni", "fp") > 100, "OONI false positives");
        Assert.True(Fingerprints.CountOf("censoredplanet", "fp") > 100, "Censored Planet false positives");
        Assert.True(Fingerprints.CountOf("censoredplanet", "blockpage") > 500, "Censored Planet blockpages");
    }

    [Fact]
    public void Default_Loaded_EveryRegexCompiles()
    {
        // Every upstream regex compiles in .NET today; a refresh that brings one that does not
        // should be looked at, not silently lose a fingerprint.
        Assert.Equal(0, Fingerprints.SkippedPatterns);
    }

    [Fact]
    public void MatchDns_KnownBlockpageAddress_ReturnsItsFingerprint()
    {
        var match = Assert.Single(Fingerprints.MatchDns(["93.184.216.34", "134.17.0.7"]));

        Assert.Equal("ooni.by_4", match.Id);
        Assert.Equal("ooni", match.Source);
        Assert.Equal("isp", match.Scope);
        Assert.Equal("dns", match.Location);
        Assert.Equal(["BY"], match.Countries);
    }

    [Fact]
    public void MatchDns_CnameTargetWithTrailingDotAndCapitals_Matches()
    {
        var match = Assert.Single(Fingerprints.MatchDns(["TrustPositif.Kominfo.go.id."]));

        Assert.Equal("ooni.id_95", match.Id);
    }

    [Fact]
    public void MatchDns_Ipv6WrittenInFull_MatchesTheShortForm()
    {
        var match = Assert.Single(Fingerprints.MatchDns(["00d0:0000:0000:0000:0000:0000:0000:0011"]));

        Assert.Equal("ooni.ir_ipv6_1", match.Id);
    }

    [Fact]
    public void MatchDns_OrdinaryAddresses_MatchNothing()
    {
        Assert.Empty(Fingerprints.MatchDns(["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "", "news.example.kz"]));
    }

    [Fact]
    public void MatchHttp_RussianBlockpageBody_MatchesOoniBodyPattern()
    {
        const string body = """
            <html><head><title>Доступ ограничен</title></head><body>
            <p>Доступ к сайту ограничен в соответствии с Федеральными законами Российской Федерации.</p>
            </body></html>
            """;

        var matches = Fingerprints.MatchHttp(200, NoHeaders, body);

        var match = Assert.Single(matches, m => m.Id == "ooni.ru_0");
        Assert.Equal("body", match.Location);
        Assert.Equal("nat", match.Scope);
        Assert.Equal(["RU"], match.Countries);
        Assert.True(FingerprintVerdict.From(matches).IsBlockpage);
    }

    [Fact]
    public void MatchHttp_ServerHeaderWithKnownPrefix_MatchesOoniHeaderPattern()
    {
        var headers = new Dictionary<string, string> { ["server"] = "Protected by WireFilter 8000 (ipv4)" };

        var matches = Fingerprints.MatchHttp(403, headers, "");

        var match = Assert.Single(matches, m => m.Id == "ooni.ae_0");
        Assert.Equal("header:server", match.Location);
        Assert.Equal(["AE", "SA"], match.Countries);
    }

    [Fact]
    public void MatchHttp_HeaderNameInOtherCase_IsStillFound()
    {
        var headers = new Dictionary<string, string> { ["Server"] = "Protected by WireFilter" };

        Assert.Contains(Fingerprints.MatchHttp(403, headers, ""), m => m.Id == "ooni.ae_0");
    }

    [Fact]
    public void MatchHttp_PrefixPatternFurtherInTheValue_DoesNotMatch()
    {
        var headers = new Dictionary<string, string> { ["server"] = "Apache, Protected by WireFilter" };

        Assert.DoesNotContain(Fingerprints.MatchHttp(200, headers, ""), m => m.Id == "ooni.ae_0");
    }

    [Fact]
    public void MatchHttp_ServerHeader_MatchesCensoredPlanetPatternOnComposedResponse()
    {
        // Censored Planet writes "Server: Barracuda/NGFirewall": it only matches once the lowercase
        // header name is written back as "Server" in the rebuilt response.
        var headers = new Dictionary<string, string> { ["server"] = "Barracuda/NGFirewall" };

        var matches = Fingerprints.MatchHttp(403, headers, "<html><body>Blocked</body></html>");

        var match = Assert.Single(matches, m => m.Id == "a_prod_barracuda_2");
        Assert.Equal("censoredplanet", match.Source);
        Assert.Equal("blockpage", match.Scope);
        Assert.Equal("response", match.Location);
    }

    [Fact]
    public void MatchHttp_RegexAcrossLines_MatchesLikePythonDotAll()
    {
        // "URL .* Sp.*er Gate": a real regex, with the gap spanning a line break (DOTALL upstream).
        const string body = "<html><body><p>URL http://example.com/ is\nblocked by SpIDer Gate</p></body></html>";

        var ids = Fingerprints.MatchHttp(200, NoHeaders, body).Select(m => m.Id).ToList();

        Assert.Contains("a_prod_drweb_3", ids);
        Assert.Contains("cp.a_prod_drweb_3", ids);
    }

    [Fact]
    public void MatchHttp_RegexWithOnlyPartOfItsText_DoesNotMatch()
    {
        const string body = "<html><body><p>URL http://example.com/ is fine</p></body></html>";

        Assert.DoesNotContain(Fingerprints.MatchHttp(200, NoHeaders, body), m => m.Id == "a_prod_drweb_3");
    }

    [Fact]
    public void MatchHttp_EscapedDotInRegex_MatchesOnlyADot()
    {
        // a_prod_drweb_2 is https://support\.drweb\.com/new/urlfilter
        var ids = Fingerprints.MatchHttp(200, NoHeaders, "see https://support.drweb.com/new/urlfilter").Select(m => m.Id);
        var lookalike = Fingerprints.MatchHttp(200, NoHeaders, "see https://supportXdrwebYcom/new/urlfilter").Select(m => m.Id);

        Assert.Contains("a_prod_drweb_2", ids);
        Assert.DoesNotContain("a_prod_drweb_2", lookalike);
    }

    [Fact]
    public void Confirmed_NginxDefaultPageWithBlockpageHeader_IsEmpty()
    {
        // A blockpage fingerprint (the WireFilter server header) and a known false positive (the
        // nginx welcome page) on one response: the false positive wins.
        const string body = """
            <!DOCTYPE html>
            <html><head><title>Welcome to nginx!</title></head>
            <body><h1>Welcome to nginx!</h1>
            <p>If you see this page, the nginx web server is successfully installed and working.</p>
            <p><em>Thank you for using nginx.</em></p>
            </body></html>
            """;
        var headers = new Dictionary<string, string> { ["server"] = "Protected by WireFilter" };

        var matches = Fingerprints.MatchHttp(200, headers, body);
        var verdict = Fingerprints.EvaluateHttp(200, headers, body);

        Assert.Contains(matches, m => m.Id == "ooni.ae_0" && !m.IsFalsePositive);
        Assert.Contains(matches, m => m.Id == "x_fpru_nginx" && m.IsFalsePositive);
        Assert.Contains(matches, m => m.Id == "cp.fp_x_fpru_nginx" && m.IsFalsePositive);
        Assert.Empty(BlockpageFingerprints.Confirmed(matches));
        Assert.False(verdict.IsBlockpage);
        Assert.True(verdict.IsKnownFalsePositive);
    }

    [Fact]
    public void Confirmed_NoFalsePositive_ReturnsEveryMatch()
    {
        FingerprintMatch[] matches =
        [
            new("a", "ooni", "nat", "body", "x", []),
            new("b", "censoredplanet", "blockpage", "response", "y", []),
        ];

        Assert.Equal(matches, BlockpageFingerprints.Confirmed(matches));
    }

    [Fact]
    public void MatchHttp_OrdinaryKazakhNewsPage_MatchesNothing()
    {
        var matches = Fingerprints.MatchHttp(200, NewsHeaders, NewsPage);

        Assert.Empty(matches);
        Assert.False(Fingerprints.EvaluateHttp(200, NewsHeaders, NewsPage).IsBlockpage);
    }

    [Fact]
    public void MatchHttp_NewsPageWithTwitterCard_OnlyFalsePositivesMatch()
    {
        // Upstream lists "<meta name=.*twitter:card" as a false positive: real sites carry it.
        var body = NewsPage.Replace(
            "<meta property=\"og:type\" content=\"article\">",
            "<meta property=\"og:type\" content=\"article\">\n  <meta name=\"twitter:card\" content=\"summary_large_image\">",
            StringComparison.Ordinal);

        var matches = Fingerprints.MatchHttp(200, NewsHeaders, body);

        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(m.IsFalsePositive, m.Id));
        Assert.Contains(matches, m => m.Id == "r_fp_6");
    }

    [Fact]
    public void MatchHttp_Matches_ComeInFileOrderWithoutRepeats()
    {
        // The nginx sentence occurs twice; each fingerprint is reported once.
        const string body = "<p><em>Thank you for using nginx.</em></p> <p><em>Thank you for using nginx.</em></p>";

        var matches = Fingerprints.MatchHttp(200, NoHeaders, body);

        Assert.Equal(matches.Count, matches.Distinct().Count());
        Assert.Equal(
            ["cp.fp_x_fpru_nginx", "cp.fp_satellite_fp_nginx_1", "x_fpru_nginx", "satellite_fp_nginx_1"],
            matches.Select(m => m.Id));
    }

    [Fact]
    public void ComposeResponse_HeadersAndStatus_WritesCensoredPlanetShape()
    {
        var headers = new Dictionary<string, string> { ["content-type"] = "text/html", ["x-app-url"] = "http://a/" };

        var text = BlockpageFingerprints.ComposeResponse(403, headers, "<b>x</b>");

        Assert.Equal("HTTP/1.1 403\r\nContent-Type: text/html\r\nX-App-Url: http://a/\r\n\r\n<b>x</b>", text);
    }

    [Fact]
    public void MatchHttp_BodyPatternOnlyInAHeader_DoesNotMatchButResponsePatternDoes()
    {
        var fingerprints = BlockpageFingerprints.Parse("""
            {"sources": [], "fingerprints": [
              {"id": "body1", "source": "ooni", "scope": "nat", "location": "body", "type": "contains", "pattern": "site blocked", "countries": []},
              {"id": "resp1", "source": "censoredplanet", "scope": "blockpage", "location": "response", "type": "regexp", "pattern": "site blocked", "countries": []}
            ]}
            """);
        var headers = new Dictionary<string, string> { ["x-reason"] = "site blocked" };

        var ids = fingerprints.MatchHttp(403, headers, "<html></html>").Select(m => m.Id);

        Assert.Equal(["resp1"], ids);
    }

    [Fact]
    public void Parse_RegexDotNetRejectsAndUnknownKind_AreSkippedAndCounted()
    {
        var fingerprints = BlockpageFingerprints.Parse("""
            {"sources": [], "fingerprints": [
              {"id": "py", "source": "censoredplanet", "scope": "blockpage", "location": "response", "type": "regexp", "pattern": "(?P<name>blocked)", "countries": []},
              {"id": "bad", "source": "censoredplanet", "scope": "blockpage", "location": "response", "type": "regexp", "pattern": "blocked[", "countries": []},
              {"id": "odd", "source": "ooni", "scope": "nat", "location": "body", "type": "glob", "pattern": "blo*", "countries": []},
              {"id": "where", "source": "ooni", "scope": "nat", "location": "trailer", "type": "contains", "pattern": "blocked", "countries": []},
              {"id": "ok", "source": "censoredplanet", "scope": "blockpage", "location": "response", "type": "regexp", "pattern": "block(ed|ing)", "countries": []}
            ]}
            """);

        Assert.Equal(4, fingerprints.SkippedPatterns);
        Assert.Equal(1, fingerprints.CensoredPlanetCount);
        Assert.Equal(["ok"], fingerprints.MatchHttp(200, NoHeaders, "blocked").Select(m => m.Id));
    }

    [Fact]
    public void MatchHttp_CatastrophicRegexOnLargeBody_GivesUpInsteadOfHanging()
    {
        var fingerprints = BlockpageFingerprints.Parse("""
            {"sources": [], "fingerprints": [
              {"id": "slow", "source": "censoredplanet", "scope": "blockpage", "location": "response", "type": "regexp", "pattern": "(x+x+)+y", "countries": []}
            ]}
            """);
        var started = System.Diagnostics.Stopwatch.StartNew();

        // The "y" lets the regex run (it is the text the pattern needs); the x's make it backtrack.
        var matches = fingerprints.MatchHttp(200, NoHeaders, "y" + new string('x', 5000));

        Assert.Empty(matches);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }

    [Theory]
    [InlineData(@"Access denied\.", "Access denied.")]
    [InlineData(@"http://www\.example\.kz/", "http://www.example.kz/")]
    [InlineData("{\"error\":\"Document not found\"}", "{\"error\":\"Document not found\"}")]
    [InlineData(@"don\'t", "don't")]
    [InlineData(@"a.b", null)]
    [InlineData(@"a{2}", null)]
    [InlineData(@"\d+ blocked", null)]
    [InlineData(@"(http|https)://x", null)]
    public void TryUnescapeLiteral_Pattern_ReturnsTextOnlyWithoutMetacharacters(string pattern, string? expected)
    {
        var isLiteral = RegexGate.TryUnescapeLiteral(pattern, out var literal);

        Assert.Equal(expected is not null, isLiteral);
        if (expected is not null)
        {
            Assert.Equal(expected, literal);
        }
    }

    [Theory]
    [InlineData(@"URL .* Sp.*er Gate", "URL | Sp|er Gate")]
    [InlineData(@"Set-Cookie:.*domain=\.", "Set-Cookie:|domain=.")]
    [InlineData(@"<title>ACCESS DENIED</title>*src=""\./block\.png", "<title>ACCESS DENIED</title|src=\"./block.png")]
    [InlineData(@"<title>Aa|Bb</title>", "<title>Aa / Bb</title>")]
    [InlineData(@"(a|b)+", null)]
    [InlineData(@"(?i)blocked", null)]
    public void RequiredTexts_Pattern_ListsTextEveryMatchNeeds(string pattern, string? expected)
    {
        // Expected: alternatives separated by " / ", texts of one alternative by "|".
        var texts = RegexGate.RequiredTexts(pattern);

        Assert.Equal(expected, texts is null ? null : string.Join(" / ", texts.Select(a => string.Join("|", a))));
    }
}
