using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MediaMonitor.SiteFarm;

namespace MediaMonitor.Tests.Cli;

/// <summary>The program as a user meets it: commands, output formats and exit codes.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly TestConfig _config = new();
    private SiteFarm.SiteFarm _farm = null!;

    public async ValueTask InitializeAsync() =>
        _farm = await SiteFarm.SiteFarm.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _farm.DisposeAsync();
        _config.Dispose();
    }

    [Fact]
    public async Task SitesValidate_BadRows_PrintsFileLineReasonAndExitsWithTwo()
    {
        _config.WriteOutlets("kz", """{ "outlets": [ { "id": "vlast", "name": "Vlast", "domains": ["vlast.kz"] } ] }""");
        _config.WriteList("kz", "https://vlast.kz/,NEWS,News Media,2019-05-25,x,", "https://vlast.kz/x,BOGUS,x,2019-05-25,x,");

        var (exit, stdout, _) = await ProgramRunner.RunAsync("sites", "validate", "--config", _config.ConfigFolder);

        Assert.Equal(2, exit);
        Assert.Contains(Path.Combine("sites", "kz.csv") + ":3: unknown category code 'BOGUS'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitesValidate_ShippedConfig_ExitsWithZero()
    {
        var (exit, stdout, stderr) = await ProgramRunner.RunAsync("sites", "validate", "--config", Path.Combine(RepositoryRoot.Path, "config"));

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("0 problems", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckJson_PrintsOneParsableObjectPerUrlWithTheDocumentedFields()
    {
        var (exit, stdout, _) = await ProgramRunner.RunAsync(
            "check", _farm.Url("/").AbsoluteUri, _farm.Url("/status/404").AbsoluteUri, "--json", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "id", "url", "vantage", "started_at", "dns", "tcp", "tls", "http", "failure", "failed_phase", "timings" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"field {field} missing from {line}");
            }

            Assert.EndsWith("Z", root.GetProperty("started_at").GetString(), StringComparison.Ordinal);
            Assert.Equal("local", root.GetProperty("vantage").GetString());
        }

        var statuses = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("http").GetProperty("status").GetInt32()).Order();
        Assert.Equal([200, 404], statuses);
        Assert.Equal(2, SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM measurements"));
    }

    [Fact]
    public async Task CheckJson_WithAControlHelper_CarriesTheControlAndTheVerdict()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var helper = Control.ControlHelperServer.Build(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port), null, _config.DataFolder, allowPrivate: true);
        await helper.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var (exit, stdout, _) = await ProgramRunner.RunAsync(
                "check", _farm.Url("/article/1").AbsoluteUri, "--json", "--control", $"http://127.0.0.1:{port}/", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

            Assert.Equal(0, exit);
            var root = JsonDocument.Parse(stdout.Trim()).RootElement;
            var control = root.GetProperty("control");
            Assert.Equal("control", control.GetProperty("vantage").GetString());
            Assert.Equal(200, control.GetProperty("http").GetProperty("status").GetInt32());
            var verdict = root.GetProperty("verdict");
            Assert.Equal("ok", verdict.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, verdict.GetProperty("method").ValueKind);
            Assert.InRange(verdict.GetProperty("confidence").GetDouble(), 0.5, 1);
            Assert.NotEmpty(verdict.GetProperty("evidence").EnumerateArray());
        }
        finally
        {
            await helper.StopAsync(TestContext.Current.CancellationToken);
            await helper.DisposeAsync();
        }
    }

    [Fact]
    public async Task CheckJson_ControlHelperDown_VerdictIsUnknownNotBlocked()
    {
        var (_, stdout, _) = await ProgramRunner.RunAsync(
            "check", "http://127.0.0.1:1/", "--json", "--control", "http://127.0.0.1:2/", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        var root = JsonDocument.Parse(stdout.Trim()).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("control").ValueKind);
        Assert.Equal("unknown", root.GetProperty("verdict").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Check_NetworkFailure_ExitsWithOneAndNamesTheFailureInTheTable()
    {
        var (exit, stdout, _) = await ProgramRunner.RunAsync("check", "http://127.0.0.1:1/", "--no-store", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(1, exit);
        Assert.Contains("connection_refused", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(_config.StorePath) && SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM measurements") > 0);
    }

    [Fact]
    public async Task Check_BadUrl_ExitsWithTwoAndSaysWhy()
    {
        var (exit, _, stderr) = await ProgramRunner.RunAsync("check", "https://user:pw@vlast.kz/", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(2, exit);
        Assert.Contains("credentials in URLs are refused", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WrongConfiguration_ExitsWithTwoNamingTheKey()
    {
        _config.WriteSettings("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Probing": { "MaxRedirects": 99 } }""");

        var (exit, _, stderr) = await ProgramRunner.RunAsync("run", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(2, exit);
        Assert.Contains("Configuration error: Probing:MaxRedirects", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_OnePassOverAList_PrintsTheSummaryAndStoresSnapshots()
    {
        _config.WriteSettings($$"""
            { "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Content": { "MinRequestInterval": "00:00:00" },
              "Probing": { "Resolve": { "news.farm.test": [ "127.0.0.1" ] } } }
            """);
        _config.WriteOutlets("farm", """{ "outlets": [ { "id": "farm", "name": "Farm News", "domains": [ "farm.test" ] } ] }""");
        _config.WriteList("farm", $"http://news.farm.test:{_farm.Port}/,NEWS,News Media,2026-11-26,test,home");
        const string article = "/news/10001-sud-nachal-rassmotrenie-iska";
        var noise = new Content.Monitoring.NewsHtml.Noise(1);
        var home = Content.Monitoring.NewsHtml.Home([(article, "Суд начал рассмотрение иска")], noise);
        var page = Content.Monitoring.NewsHtml.Article("Суд начал рассмотрение иска", Content.Monitoring.NewsHtml.RussianParagraphs, noise);
        _farm.Map("/", c => c.Response.WriteAsync(home, c.RequestAborted));
        _farm.Map(article, c => c.Response.WriteAsync(page, c.RequestAborted));

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync("content", "--list", "farm", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.True(exit == 0, stderr);
        Assert.Contains("farm: 1 pages (0 changed), 1 new articles, 1 articles checked, 0 unreachable", stdout, StringComparison.Ordinal);
        Assert.Equal(2, SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM snapshots WHERE outcome = 'good'"));
    }

    [Theory]
    [InlineData("--list", "nosuch")]
    [InlineData("--outlet", "farm")]
    public async Task Content_BadArguments_ExitWithTwoAndSayWhy(string option, string value)
    {
        _config.WriteOutlets("farm", """{ "outlets": [ { "id": "farm", "name": "Farm News", "domains": [ "farm.test" ] } ] }""");
        _config.WriteList("farm", "http://news.farm.test/,NEWS,News Media,2026-11-26,test,home");

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync("content", option, value, "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(2, exit);
        Assert.Contains(option == "--list" ? "no site list 'nosuch'" : "--outlet needs --list", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignalsScan_FilesAndFolders_PrintsOneJsonLinePerSignalAndNothingForCleanFiles()
    {
        var folder = Path.Combine(_config.Root, "texts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "lawsuit.html"), "<html><head><title>Иск к Vlast.kz</title></head><body><article><p>Медеуский районный суд Алматы принял к производству иск о защите чести и достоинства против Vlast.kz. Истец требует 50 млн тенге.</p></article></body></html>");
        File.WriteAllText(Path.Combine(folder, "weather.txt"), "В Алматы солнечно, до 25 градусов тепла.");
        File.WriteAllText(Path.Combine(folder, "detained.txt"), "Police in Almaty detained Marat Asipov, the editor-in-chief of Ratel.kz.");

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync("signals", "scan", folder, "--json", "--config", Path.Combine(RepositoryRoot.Path, "config"));

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.DoesNotContain(lines, l => l.GetProperty("file").GetString()!.EndsWith("weather.txt", StringComparison.Ordinal));
        var lawsuit = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "lawsuit");
        Assert.Equal(("vlast", 50_000_000m, "KZT"), (lawsuit.GetProperty("subject").GetString(), lawsuit.GetProperty("amount").GetDecimal(), lawsuit.GetProperty("currency").GetString()));
        Assert.Contains("иск о защите чести", lawsuit.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var detention = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "detention");
        Assert.Equal(("marat asipov", "marat asipov"), (detention.GetProperty("subject").GetString(), detention.GetProperty("person").GetString()));
        Assert.InRange(detention.GetProperty("confidence").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public async Task SignalsScan_BrokenRuleFile_ExitsWithTwoNamingFileAndPattern()
    {
        Directory.CreateDirectory(Path.Combine(_config.ConfigFolder, "signals"));
        File.WriteAllText(Path.Combine(_config.ConfigFolder, "signals", "ru.json"), """{ "kinds": [ { "kind": "lawsuit", "triggers": [ { "pattern": "иск(" } ] } ] }""");
        var text = Path.Combine(_config.Root, "a.txt");
        File.WriteAllText(text, "Иск к редакции.");

        var (exit, _, stderr) = await ProgramRunner.RunAsync("signals", "scan", text, "--config", _config.ConfigFolder);

        Assert.Equal(2, exit);
        Assert.Contains("ru.json: lawsuit.triggers: 'иск(' is not a valid regular expression", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var (exit, stdout, _) = await ProgramRunner.RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "run", "check", "content", "signals", "extract", "sites" })
        {
            Assert.Contains(command, stdout, StringComparison.Ordinal);
        }
    }
}
