using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Sites;

public sealed class CitizenLabImporterTests : IDisposable
{
    private readonly TestConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public void Import_CitizenLabList_WritesAListThatValidatesWithOutletStubs()
    {
        _config.WriteOutlets("kz", """{ "outlets": [ { "id": "vlast", "name": "Vlast.kz", "domains": ["vlast.kz"] } ] }""");
        var source = Path.Combine(_config.Root, "kz.csv");
        File.WriteAllText(source, """
            url,category_code,category_description,date_added,source,notes
            https://vlast.kz/,NEWS,News Media,2019-05-25,Access Now,
            https://www.kaztag.kz/,NEWS,News Media,2018-03-26,igorv,"Targeted by authorities, 2016"
            http://www.akorda.kz/,CULTR,Culture,2014-04-15,citizenlab,
            https://www.kaztag.kz/,NEWS,News Media,2018-03-26,igorv,again
            broken,NEWS,News Media,2018-03-26,igorv,

            """);

        var result = CitizenLabImporter.Import(source, _config.ConfigFolder, "kz-import", ["NEWS"], "KZ", force: false);

        Assert.Equal(2, result.Rows);
        Assert.Equal(1, result.NewOutlets);
        Assert.Equal([5, 6], result.Problems.Select(p => p.Line).Order());
        var catalog = SiteCatalog.Load(_config.ConfigFolder);
        Assert.Empty(catalog.Problems);
        Assert.Equal(["https://vlast.kz/", "https://www.kaztag.kz/"], catalog.Lists["kz-import"].Select(e => e.Url.AbsoluteUri));
        Assert.Equal("Targeted by authorities, 2016", catalog.Lists["kz-import"][1].Notes);
        var stub = catalog.OutletFor("www.kaztag.kz")!;
        Assert.Equal("KZ", stub.Country);
        Assert.Contains("imported", stub.Tags);

        Assert.Throws<IOException>(() => CitizenLabImporter.Import(source, _config.ConfigFolder, "kz-import", [], "KZ", force: false));
    }
}
