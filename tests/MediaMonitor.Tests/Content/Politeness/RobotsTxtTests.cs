using System.Text;
using MediaMonitor.Content.Politeness;

namespace MediaMonitor.Tests.Content.Politeness;

public sealed class RobotsTxtTests
{
    private const string Token = "MediaMonitor";

    private static bool Allowed(string robots, string url, string token = Token) =>
        RobotsTxt.Parse(robots).IsAllowed(new Uri(url), token);

    [Fact]
    public void IsAllowed_LongestMatchWins()
    {
        const string robots = "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /news/public/drafts/";

        Assert.False(Allowed(robots, "https://vlast.kz/news/123"));
        Assert.True(Allowed(robots, "https://vlast.kz/news/public/123"));
        Assert.False(Allowed(robots, "https://vlast.kz/news/public/drafts/1"));
        Assert.True(Allowed(robots, "https://vlast.kz/about"));
    }

    [Fact]
    public void IsAllowed_EqualLengthAllowAndDisallow_AllowWins()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page", "https://example.kz/page"));
        Assert.True(Allowed("User-agent: *\nAllow: /page\nDisallow: /page", "https://example.kz/page"));
    }

    [Theory]
    [InlineData("/*.php", "/index.php", false)]
    [InlineData("/*.php", "/filename.php?x=1", false)]
    [InlineData("/*.php", "/folder/filename.php", false)]
    [InlineData("/*.php", "/windows.PHP", true)]
    [InlineData("/*.php$", "/filename.php", false)]
    [InlineData("/*.php$", "/filename.php?parameters", true)]
    [InlineData("/*.php$", "/filename.php5", true)]
    [InlineData("/fish*.php", "/fishheads/catfish.php?parameters", false)]
    [InlineData("/fish*.php", "/Fish.PHP", true)]
    [InlineData("/*?", "/search?q=1", false)]
    [InlineData("/*?", "/search", true)]
    [InlineData("/$", "/", false)]
    [InlineData("/$", "/news", true)]
    [InlineData("/news*", "/news", false)]
    [InlineData("/a*b*c", "/axxbyyc-tail", false)]
    [InlineData("/a*b*c", "/axxbyy", true)]
    public void IsAllowed_WildcardsAndEndAnchor_MatchAsRfc9309(string pattern, string path, bool allowed)
    {
        Assert.Equal(allowed, Allowed($"User-agent: *\nDisallow: {pattern}", "https://example.kz" + path));
    }

    [Fact]
    public void IsAllowed_EmptyDisallow_AllowsEverything()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:", "https://example.kz/anything"));
    }

    [Fact]
    public void IsAllowed_ProductTokenGroup_IsUsedInsteadOfStar()
    {
        const string robots = """
            User-agent: *
            Disallow: /

            User-agent: mediamonitor
            Disallow: /private/
            """;

        Assert.True(Allowed(robots, "https://example.kz/news/1"));
        Assert.False(Allowed(robots, "https://example.kz/private/1"));
        Assert.False(Allowed(robots, "https://example.kz/news/1", "OtherBot"));
    }

    [Fact]
    public void IsAllowed_TokenWithVersion_MatchesCaseInsensitively()
    {
        const string robots = "User-agent: MEDIAMONITOR/1.0\nDisallow: /x\n\nUser-agent: *\nDisallow: /";

        Assert.True(RobotsTxt.Parse(robots).IsAllowed(new Uri("https://example.kz/news"), "MediaMonitor/0.1 (+https://example.org)"));
    }

    [Fact]
    public void IsAllowed_TokenNotListed_FallsBackToStar()
    {
        const string robots = "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /admin";

        Assert.True(Allowed(robots, "https://example.kz/news"));
        Assert.False(Allowed(robots, "https://example.kz/admin/x"));
    }

    [Fact]
    public void IsAllowed_NoMatchingGroupAndNoStar_AllowsAll()
    {
        Assert.True(Allowed("User-agent: Googlebot\nDisallow: /", "https://example.kz/news"));
    }

    [Fact]
    public void IsAllowed_ConsecutiveAgentsShareGroup_AndSameAgentGroupsMerge()
    {
        const string robots = """
            User-agent: Googlebot
            User-agent: MediaMonitor
            Disallow: /a

            User-agent: *
            Disallow: /c

            user-agent: mediamonitor
            disallow: /b
            """;

        var parsed = RobotsTxt.Parse(robots);

        Assert.False(parsed.IsAllowed(new Uri("https://example.kz/a"), Token));
        Assert.False(parsed.IsAllowed(new Uri("https://example.kz/b"), Token));
        Assert.True(parsed.IsAllowed(new Uri("https://example.kz/c"), Token));
        Assert.False(parsed.IsAllowed(new Uri("https://example.kz/a"), "googlebot"));
        Assert.True(parsed.IsAllowed(new Uri("https://example.kz/b"), "googlebot"));
    }

    [Fact]
    public void IsAllowed_RulesBeforeAnyAgent_AreIgnored()
    {
        Assert.True(Allowed("Disallow: /\nUser-agent: *\nDisallow: /x", "https://example.kz/news"));
    }

    [Fact]
    public void IsAllowed_RobotsTxtItself_AlwaysAllowed()
    {
        Assert.True(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://example.kz/robots.txt"), Token));
        Assert.False(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://example.kz/news/1"), Token));
        Assert.True(RobotsTxt.AllowAll.IsAllowed(new Uri("https://example.kz/news/1"), Token));
    }

    [Fact]
    public void IsAllowed_PercentEncoding_ComparedNormalised()
    {
        const string robots = "User-agent: *\nDisallow: /новости/\nDisallow: /%7Ejoe/\nDisallow: /a%2fb";

        Assert.False(Allowed(robots, "https://example.kz/новости/1"));
        Assert.False(Allowed(robots, "https://example.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1"));
        Assert.False(Allowed(robots, "https://example.kz/~joe/index.html"));
        Assert.False(Allowed(robots, "https://example.kz/a%2Fb"));
        Assert.True(Allowed(robots, "https://example.kz/a/b"));
    }

    [Fact]
    public void IsAllowed_QueryIsPartOfThePath()
    {
        Assert.False(Allowed("User-agent: *\nDisallow: /search?q=", "https://example.kz/search?q=1"));
        Assert.True(Allowed("User-agent: *\nDisallow: /search?q=", "https://example.kz/search"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("# nothing but a comment\n\n")]
    [InlineData("<html><body>Not found</body></html>")]
    public void Parse_EmptyOrJunk_AllowsAll(string? text)
    {
        Assert.True(RobotsTxt.Parse(text).IsAllowed(new Uri("https://example.kz/news"), Token));
    }

    [Fact]
    public void Parse_CommentsBomAndOddSpacing_AreTolerated()
    {
        const string robots = "\uFEFFUSER-AGENT : *   # everyone\r\nDisallow:/private # secret\r\nfoo: bar\r\nno colon line\r\n";

        Assert.False(Allowed(robots, "https://example.kz/private/1"));
        Assert.True(Allowed(robots, "https://example.kz/public/1"));
    }

    [Fact]
    public void Parse_BeyondHalfMebibyte_IsIgnored()
    {
        var text = new StringBuilder("User-agent: *\n");
        while (text.Length < RobotsTxt.MaxBytes)
        {
            text.Append("Disallow: /filler-path-that-matches-nothing-here\n");
        }

        text.Append("Disallow: /news\n");
        var robots = text.ToString();

        Assert.True(Allowed(robots, "https://example.kz/news/1"));
        Assert.False(Allowed("User-agent: *\nDisallow: /news\n", "https://example.kz/news/1"));
    }

    [Fact]
    public void CrawlDelay_ParsedPerGroupAndClamped()
    {
        const string robots = """
            User-agent: *
            Crawl-delay: 2.5

            User-agent: slowbot
            Crawl-delay: 3600

            User-agent: mediamonitor
            Disallow: /x
            """;

        var parsed = RobotsTxt.Parse(robots);

        Assert.Equal(TimeSpan.FromSeconds(2.5), parsed.CrawlDelay("SomeBot"));
        Assert.Equal(TimeSpan.FromSeconds(60), parsed.CrawlDelay("SlowBot"));
        Assert.Null(parsed.CrawlDelay(Token));
        Assert.Null(RobotsTxt.Parse("User-agent: *\nCrawl-delay: soon").CrawlDelay(Token));
    }

    [Fact]
    public void Sitemaps_AbsoluteOnlyAndDeduplicated()
    {
        const string robots = """
            Sitemap: https://vlast.kz/sitemap.xml
            User-agent: *
            Disallow: /admin
            Sitemap: /relative-sitemap.xml
            sitemap: https://vlast.kz/sitemap-news.xml
            Sitemap: https://vlast.kz/sitemap.xml
            Sitemap: ftp://vlast.kz/sitemap.xml
            Disallow: /private
            """;

        var parsed = RobotsTxt.Parse(robots);

        Assert.Equal([new Uri("https://vlast.kz/sitemap.xml"), new Uri("https://vlast.kz/sitemap-news.xml")], parsed.Sitemaps);
        Assert.False(parsed.IsAllowed(new Uri("https://vlast.kz/private/1"), Token));
    }
}
