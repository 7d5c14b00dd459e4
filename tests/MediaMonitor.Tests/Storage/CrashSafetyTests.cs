using MediaMonitor.SiteFarm;

namespace MediaMonitor.Tests.Storage;

/// <summary>
/// kill -9 of the real program while it writes: every measurement committed before the kill is
/// still there, each with its outbox row, and SQLite finds the file intact.
/// </summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    private readonly TestConfig _config = new();
    private SiteFarm.SiteFarm _farm = null!;

    public async ValueTask InitializeAsync()
    {
        _farm = await SiteFarm.SiteFarm.StartAsync(new SiteFarmOptions { Addresses = SiteFarm.SiteFarm.LoopbackAddresses(40) }, TestContext.Current.CancellationToken);
        _config.WriteSettings("""
            { "Monitor": { "Vantages": [ { "Name": "local" } ] },
              "Scheduling": { "DefaultInterval": "00:00:01", "Jitter": "00:00:00" },
              "Store": { "WriteBatchSize": 4 } }
            """);
        var hosts = _farm.Addresses.Select(a => $"\"{a}\"");
        _config.WriteOutlets("farm", $$"""{ "outlets": [ { "id": "farm", "name": "Farm", "domains": [ {{string.Join(",", hosts)}} ] } ] }""");
        _config.WriteList("farm", Enumerable.Range(0, _farm.Addresses.Count).Select(i => $"{_farm.SiteUrl(i)},NEWS,News Media,2026-11-26,test,").ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await _farm.DisposeAsync();
        _config.Dispose();
    }

    [Fact]
    public async Task KillDashNine_WhileWriting_LosesNoCommittedMeasurementAndLeavesTheFileConsistent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var program = Cli.RunningProgram.Run(_config);
        long seen = 0;
        await program.RunUntilThenKillAsync(() => (seen = SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM measurements")) >= 100, ct);

        Assert.True(seen >= 100, $"the program wrote only {seen} measurements before the kill; it said:\n{program.LastLines(20)}");
        var db = _config.StorePath;
        Assert.Equal("ok", SqliteQuery.Scalar(db, "PRAGMA integrity_check"));
        Assert.True(SqliteQuery.Count(db, "SELECT count(*) FROM measurements") >= seen);
        Assert.Equal(0, SqliteQuery.Count(db, "SELECT count(*) FROM measurements m WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = m.id)"));
        Assert.Equal(0, SqliteQuery.Count(db, "SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM measurements m WHERE m.id = o.entity_id)"));
    }
}
