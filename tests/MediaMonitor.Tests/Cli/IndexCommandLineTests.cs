using MediaMonitor.Tests.Indexing;
using MediaMonitor.Tests.Storage;
using MediaMonitor.Tests.Trends;

namespace MediaMonitor.Tests.Cli;

/// <summary>`trends` and `index` as a user meets them; the index commands against the in-process fake of the Elasticsearch REST API.</summary>
public sealed class IndexCommandLineTests : IDisposable
{
    private readonly TestConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public async Task Trends_FromTheStore_PrintsCsv()
    {
        await StoreAsync(TrendSourceContract.Sample());

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync(
            "trends", "--grain", "day", "--by", "outlet", "--since", "2026-11-01", "--until", "2026-11-04", "--format", "csv",
            "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.True(exit == 0, stderr);
        Assert.Equal(
            ["day,outlet,total,ok,anomaly,confirmed,failure", "2026-11-01,vlast,1,1,0,0,0", "2026-11-02,ratel,3,0,1,0,2", "2026-11-02,vlast,2,0,2,1,0", "2026-11-03,,1,1,0,0,0"],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Trends_Json_PrintsOneObjectPerBucket()
    {
        await StoreAsync(TrendSourceContract.Sample());

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync(
            "trends", "--grain", "month", "--since", "2026-11-01", "--until", "2026-12-01", "--format", "json", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.True(exit == 0, stderr);
        Assert.Equal("""{"bucket":"2026-11-01T00:00:00+00:00","total":7,"ok":2,"anomaly":3,"confirmed":1,"failure":2}""", stdout.Trim());
    }

    [Theory]
    [InlineData("--by", "colour", "'colour' is not a dimension")]
    [InlineData("--grain", "fortnight", "grain 'fortnight'")]
    [InlineData("--format", "xml", "--format: 'xml'")]
    [InlineData("--since", "yesterday-ish", "--since: 'yesterday-ish' is not a date")]
    public async Task Trends_BadArguments_ExitWithTwoAndSayWhy(string option, string value, string message)
    {
        var (exit, _, stderr) = await ProgramRunner.RunAsync("trends", option, value, "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexBackfill_AgainstFakeApi_ResendsAndReportsWhatItSent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var es = await FakeElasticsearch.FakeElasticsearch.StartAsync(ct);
        _config.WriteSettings($$"""{ "Elasticsearch": { "Urls": [ "{{es.Url}}" ], "IndexPrefix": "mm" } }""");
        var samples = TrendSourceContract.Sample();
        await StoreAsync(samples);

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync("index", "backfill", "--since", "2026-11-02", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.True(exit == 0, stderr);

        // The outbox already held all ten; the backfill queued the eight since 2 November again.
        Assert.Contains("queued 8 measurements, 0 signals and 0 content changes", stdout, StringComparison.Ordinal);
        Assert.Contains("indexed 18, set aside 0", stdout, StringComparison.Ordinal);
        Assert.Equal(samples.Count, es.Indices.Values.Sum(i => i.Count));
    }

    [Fact]
    public async Task IndexBackfill_ClusterDown_ExitsOneAndSaysTheFindingsWait()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var es = await FakeElasticsearch.FakeElasticsearch.StartAsync(ct);
        es.Down = true;
        _config.WriteSettings($$"""{ "Elasticsearch": { "Urls": [ "{{es.Url}}" ], "RetryDelay": "00:00:00.010", "MaxRetryDelay": "00:00:00.050" } }""");
        await StoreAsync(TrendSourceContract.Sample());

        var (exit, stdout, stderr) = await ProgramRunner.RunAsync("index", "backfill", "--since", "2026-11-02", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(1, exit);
        Assert.Contains("waiting 18", stdout, StringComparison.Ordinal);
        Assert.Contains("Elasticsearch is unavailable", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexSetupThenStatus_AgainstFakeApi_PrintTheStepsAndTheBacklog()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var es = await FakeElasticsearch.FakeElasticsearch.StartAsync(ct);
        _config.WriteSettings($$"""{ "Elasticsearch": { "Urls": [ "{{es.Url}}" ], "IndexPrefix": "mm", "Username": "elastic" } }""");
        await StoreAsync(TrendSourceContract.Sample());
        var env = new Dictionary<string, string?> { ["MEDIAMONITOR_Elasticsearch__Password"] = "s3cret-pass" };

        var (setupExit, setupOut, setupErr) = await ProgramRunner.RunAsync(env, "index", "setup", "--config", _config.ConfigFolder, "--data", _config.DataFolder);
        var (statusExit, statusOut, statusErr) = await ProgramRunner.RunAsync(env, "index", "status", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.True(setupExit == 0, setupErr);
        Assert.Contains("index template mm-measurements: created or updated", setupOut, StringComparison.Ordinal);
        Assert.Contains("(user elastic)", setupOut, StringComparison.Ordinal);
        Assert.True(statusExit == 0, statusErr);
        Assert.Contains($"cluster: http://127.0.0.1:{es.Url.Port} (user elastic)\n", statusOut, StringComparison.Ordinal);
        Assert.Contains("answers: yes", statusOut, StringComparison.Ordinal);
        Assert.Contains("waiting in the outbox: 10", statusOut, StringComparison.Ordinal);
        Assert.Contains("set aside (never indexable): 0", statusOut, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", setupOut + setupErr + statusOut + statusErr, StringComparison.Ordinal);
        Assert.All(es.Requests, r => Assert.Equal("Basic " + Convert.ToBase64String("elastic:s3cret-pass"u8.ToArray()), r.Authorization));
    }

    [Fact]
    public async Task AnyCommand_ApiKeyInTheSettingsFile_IsRefusedNamingTheVariable()
    {
        _config.WriteSettings("""{ "Elasticsearch": { "ApiKey": "c2VjcmV0" } }""");

        var (exit, _, stderr) = await ProgramRunner.RunAsync("index", "status", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(2, exit);
        Assert.Contains("Elasticsearch:ApiKey is a secret", stderr, StringComparison.Ordinal);
        Assert.Contains("MEDIAMONITOR_Elasticsearch__ApiKey", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_PasswordInAUrlInTheSettingsFile_IsRefused()
    {
        _config.WriteSettings("""{ "Elasticsearch": { "Urls": [ "https://elastic:hunter2@127.0.0.1:9200" ] } }""");

        var (exit, _, stderr) = await ProgramRunner.RunAsync("index", "status", "--config", _config.ConfigFolder, "--data", _config.DataFolder);

        Assert.Equal(2, exit);
        Assert.Contains("Elasticsearch:Urls:0 carries a user and password", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", stderr, StringComparison.Ordinal);
    }

    private async Task StoreAsync(IEnumerable<MediaMonitor.Probing.Measurement> measurements)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = StoreFactory.Create(_config.DataFolder);
        await store.InitializeAsync(ct);
        foreach (var m in measurements)
        {
            await store.AppendAsync(m, ct);
        }
    }
}
