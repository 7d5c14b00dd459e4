using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Sites;

public sealed class SiteCatalogTests : IDisposable
{
    private const string Outlets = """
        { "outlets": [
          { "id": "vlast", "name": "Vlast.kz", "country": "KZ", "domains": ["vlast.kz"] },
          { "id": "azattyq", "name": "Azattyq", "domains": ["azattyq.org"] },
          { "id": "azattyq-rus", "name": "Azattyq (Russian)", "domains": ["rus.azattyq.org"] }
        ] }
        """;

    private readonly TestConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public void Load_GoodList_LoadsEveryRowWithItsOutlet()
    {
        _config.WriteOutlets("kz", Outlets);
        _config.WriteList("kz",
            "https://vlast.kz/,NEWS,News Media,2019-05-25,Access Now,",
            "https://rus.azattyq.org/,NEWS,News Media,2018-03-26,igorv,\"RFE/RL, Russian\"",
            "http://www.azattyq.org/,POLT,Political Transformation,2014-04-15,citizenlab,old code still accepted");

        var catalog = SiteCatalog.Load(_config.ConfigFolder);

        Assert.Empty(catalog.Problems);
        var list = catalog.Lists["kz"];
        Assert.Equal(3, list.Count);
        Assert.Equal("RFE/RL, Russian", list[1].Notes);
        Assert.Equal("vlast", catalog.OutletFor("vlast.kz")!.Id);
        Assert.Equal("azattyq-rus", catalog.OutletFor("rus.azattyq.org")!.Id);
        Assert.Equal("azattyq", catalog.OutletFor("www.azattyq.org")!.Id);
        Assert.Null(catalog.OutletFor("notazattyq.org"));
    }

    [Fact]
    public void Load_BadLines_ReportsEachAsFileLineReasonAndKeepsTheGoodOnes()
    {
        _config.WriteOutlets("kz", Outlets);
        var file = _config.WriteList("kz",
            "https://vlast.kz/,NEWS,News Media,2019-05-25,x,",                 // line 2: good
            "not a url,NEWS,News Media,2019-05-25,x,",                         // 3: bad URL
            "ftp://vlast.kz/files,NEWS,News Media,2019-05-25,x,",              // 4: scheme
            "https://vlast.kz/a,NOPE,Nope,2019-05-25,x,",                      // 5: unknown category
            "https://VLAST.kz,NEWS,News Media,2019-05-25,x,",                  // 6: duplicate of line 2
            "https://unknown-outlet.kz/,NEWS,News Media,2019-05-25,x,",        // 7: missing outlet
            "https://vlast.kz/b,NEWS,News Media",                              // 8: field count
            "https://vlast.kz/c,NEWS,News Media,25.05.2019,x,",                // 9: date
            "https://user:secret@vlast.kz/d,NEWS,News Media,2019-05-25,x,",    // 10: credentials
            "https://rus.azattyq.org/,NEWS,News Media,2019-05-25,x,");         // 11: good

        var catalog = SiteCatalog.Load(_config.ConfigFolder);

        var problems = catalog.Problems.Select(p => (p.File, p.Line, p.Reason)).ToList();
        Assert.All(problems, p => Assert.Equal(file, p.File));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10], problems.Select(p => p.Line).Order());
        Assert.Contains(problems, p => p.Line == 3 && p.Reason.StartsWith("bad URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 4 && p.Reason.Contains("scheme must be http or https", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 5 && p.Reason == "unknown category code 'NOPE'");
        Assert.Contains(problems, p => p.Line == 6 && p.Reason.StartsWith($"duplicate of {file}:2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 7 && p.Reason.StartsWith("missing outlet", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 8 && p.Reason == "expected 6 fields, found 3");
        Assert.Contains(problems, p => p.Line == 9 && p.Reason.Contains("YYYY-MM-DD", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 10 && p.Reason.Contains("credentials", StringComparison.Ordinal));
        Assert.DoesNotContain("secret", string.Join("\n", catalog.Problems), StringComparison.Ordinal);
        Assert.Equal(["https://vlast.kz/", "https://rus.azattyq.org/"], catalog.Lists["kz"].Select(e => e.Url.AbsoluteUri));
    }

    [Fact]
    public void Load_SameUrlInTwoLists_IsAllowedButWwwAndApexStayApart()
    {
        _config.WriteOutlets("kz", Outlets);
        _config.WriteList("a", "https://vlast.kz/,NEWS,News Media,2019-05-25,x,", "https://www.vlast.kz/,NEWS,News Media,2019-05-25,x,");
        _config.WriteList("b", "https://vlast.kz/,NEWS,News Media,2019-05-25,x,");

        var catalog = SiteCatalog.Load(_config.ConfigFolder);

        Assert.Empty(catalog.Problems);
        Assert.Equal(2, catalog.Lists["a"].Count);
        Assert.Single(catalog.Lists["b"]);
    }

    [Fact]
    public void Load_InternationalizedOutletDomain_MatchesItsPunycodeHost()
    {
        _config.WriteOutlets("kz", """{ "outlets": [ { "id": "mektep", "name": "Мектеп", "domains": ["мектеп.қаз"] } ] }""");
        _config.WriteList("kz", "https://мектеп.қаз/,NEWS,News Media,2019-05-25,x,");

        var catalog = SiteCatalog.Load(_config.ConfigFolder);

        Assert.Empty(catalog.Problems);
        Assert.Equal("mektep", catalog.OutletFor(catalog.Lists["kz"][0].Url.IdnHost)!.Id);
    }

    [Fact]
    public void Load_WrongHeader_IsReportedOnLineOne()
    {
        _config.WriteOutlets("kz", Outlets);
        var path = Path.Combine(_config.ConfigFolder, "sites", "bad.csv");
        File.WriteAllText(path, "url,category\nhttps://vlast.kz/,NEWS\n");

        var problem = Assert.Single(SiteCatalog.Load(_config.ConfigFolder).Problems);

        Assert.Equal(1, problem.Line);
        Assert.StartsWith("header must be url,category_code", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenOutletJson_ReportsFileAndLine()
    {
        var path = _config.WriteOutlets("kz", "{ \"outlets\": [\n { \"id\": \"a\", \"name\": \"A\", \"domains\": [\"a.kz\"] },\n { \"id\": \n] }");

        var problem = Assert.Single(SiteCatalog.Load(_config.ConfigFolder).Problems);

        Assert.Equal(path, problem.File);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("not valid outlet JSON", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OutletProblems_AreReported()
    {
        _config.WriteOutlets("kz", """
            { "outlets": [
              { "id": "a", "name": "A", "domains": ["a.kz"] },
              { "id": "a", "name": "A again", "domains": ["a2.kz"] },
              { "id": "b", "name": "B", "domains": [] },
              { "id": "c", "name": "C", "domains": ["not a domain"] },
              { "id": "d", "name": "D", "domains": ["d.kz"], "feeds": ["feed.xml"] }
            ] }
            """);

        var reasons = SiteCatalog.Load(_config.ConfigFolder).Problems.Select(p => p.Reason).ToList();

        Assert.Contains("outlet 'a': duplicate id (also in " + Path.Combine(_config.ConfigFolder, "outlets", "kz.json") + ")", reasons);
        Assert.Contains("outlet 'b': no domains", reasons);
        Assert.Contains("outlet 'c': not a domain name: not a domain", reasons);
        Assert.Contains(reasons, r => r.StartsWith("outlet 'd': feed bad URL 'feed.xml'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadIgnoreRules_AreReportedAndTheOutletLeftOut()
    {
        _config.WriteOutlets("kz", """
            { "outlets": [
              { "id": "ok", "name": "OK", "domains": ["ok.kz"], "ignore": [ { "selectors": [".ad", "#most-read li"], "lines": ["^Курс валют"], "urlPrefix": "https://ok.kz/news/" } ] },
              { "id": "re", "name": "Regex", "domains": ["re.kz"], "ignore": [ { "lines": ["(unclosed"] } ] },
              { "id": "css", "name": "Css", "domains": ["css.kz"], "ignore": [ { "selectors": ["div[["] } ] },
              { "id": "pre", "name": "Prefix", "domains": ["pre.kz"], "ignore": [ { "urlPrefix": "news/" } ] }
            ] }
            """);

        var catalog = SiteCatalog.Load(_config.ConfigFolder);
        var reasons = catalog.Problems.Select(p => p.Reason).ToList();

        Assert.Equal(["ok"], catalog.Outlets.Select(o => o.Id));
        Assert.Equal([".ad", "#most-read li"], catalog.Outlets[0].Ignore[0].Selectors);
        Assert.Contains(reasons, r => r.StartsWith("outlet 're': ignore pattern '(unclosed' is not a valid regular expression", StringComparison.Ordinal));
        Assert.Contains("outlet 'css': ignore selector 'div[[' is not a valid CSS selector", reasons);
        Assert.Contains(reasons, r => r.StartsWith("outlet 'pre': ignore urlPrefix bad URL 'news/'", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedConfig_ValidatesWithoutProblems()
    {
        var catalog = SiteCatalog.Load(Path.Combine(RepositoryRoot.Path, "config"));

        Assert.Empty(catalog.Problems);
        var kz = catalog.Lists["kz"];
        Assert.True(kz.Count >= 25, $"the Kazakhstan starter list has {kz.Count} outlets, fewer than 25");
        Assert.All(kz, e => Assert.NotNull(catalog.OutletFor(e.Url.IdnHost)));
        Assert.Contains(catalog.Outlets, o => o.Tags.Contains("independent"));
        Assert.Contains(catalog.Outlets, o => o.Tags.Contains("state-aligned"));
    }
}
