using System.Diagnostics;
using MediaMonitor.Probing;
using MediaMonitor.SiteFarm;
using Quartz;
using Serilog.Events;

namespace MediaMonitor.Tests.Scheduling;

/// <summary>
/// The whole program on the embedded defaults: Quartz on its SQLite job store fires the
/// reachability job every second, the probe checks the loopback farm, and the measurements land
/// in the SQLite store with their outbox rows.
/// </summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private readonly TestConfig _config = new();
    private SiteFarm.SiteFarm _farm = null!;

    public async ValueTask InitializeAsync()
    {
        _farm = await SiteFarm.SiteFarm.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _config.WriteSettings($$"""
            {
              "Monitor": { "Vantages": [ { "Name": "local", "Country": "KZ", "Network": "AS0" } ] },
              "Scheduling": { "DefaultInterval": "00:00:01", "Jitter": "00:00:00" },
              "Probing": {
                "TimeoutSeconds": 2,
                "Resolve": { "news.farm.test": [ "127.0.0.1" ], "gone.farm.test": [] }
              }
            }
            """);
        _config.WriteOutlets("farm", """{ "outlets": [ { "id": "farm", "name": "Farm News", "country": "KZ", "domains": [ "farm.test" ] } ] }""");
        var p = _farm.Port;
        _config.WriteList("farm",
            $"http://news.farm.test:{p}/,NEWS,News Media,2026-11-26,test,home",
            $"http://news.farm.test:{p}/redirect/2,NEWS,News Media,2026-11-26,test,redirects",
            $"http://news.farm.test:{p}/status/451,NEWS,News Media,2026-11-26,test,unavailable for legal reasons",
            $"http://news.farm.test:{p}/reset,NEWS,News Media,2026-11-26,test,reset",
            $"http://news.farm.test:{p}/hang,NEWS,News Media,2026-11-26,test,never answers",
            "http://gone.farm.test/,NEWS,News Media,2026-11-26,test,no such name");
    }

    public async ValueTask DisposeAsync()
    {
        await _farm.DisposeAsync();
        _config.Dispose();
    }

    [Fact]
    public async Task Run_OneSecondSchedule_StoresMeasurementsWithStatusFailuresAndTimings()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var host = AppHost.CreateBuilder(_config.ConfigFolder, _config.DataFolder, withScheduler: true, consoleLevel: LogEventLevel.Warning).Build())
        {
            await host.StartAsync(ct);
            await WaitUntil(() => SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM cycles") >= 2, TimeSpan.FromSeconds(30));
            await host.StopAsync(ct);
        }

        var db = _config.StorePath;
        Assert.True(SqliteQuery.Count(db, "SELECT count(*) FROM measurements") >= 12);
        Assert.Equal(0, SqliteQuery.Count(db, "SELECT count(*) FROM measurements m WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = m.id)"));

        var latest = SqliteQuery.Rows(db, """
            SELECT url, list, outlet, vantage, failure, failed_phase, http_status, title, dns_ms, connect_ms, first_byte_ms, total_ms, redirects
            FROM measurements WHERE started_at = (SELECT max(started_at) FROM measurements m2 WHERE m2.url = measurements.url)
            """).ToDictionary(r => (string)r["url"]!);
        var p = _farm.Port;

        var home = latest[$"http://news.farm.test:{p}/"];
        Assert.Equal(200L, home["http_status"]);
        Assert.Null(home["failure"]);
        Assert.Equal("Farm News", home["title"]);
        Assert.Equal(("farm", "farm", "local"), ((string)home["list"]!, (string)home["outlet"]!, (string)home["vantage"]!));
        Assert.NotNull(home["dns_ms"]);
        Assert.NotNull(home["connect_ms"]);
        Assert.NotNull(home["first_byte_ms"]);
        Assert.True((double)home["total_ms"]! > 0);

        Assert.Equal(3L, latest[$"http://news.farm.test:{p}/redirect/2"]["redirects"]);
        Assert.Equal(451L, latest[$"http://news.farm.test:{p}/status/451"]["http_status"]);
        Assert.Contains((string)latest[$"http://news.farm.test:{p}/reset"]["failure"]!, new[] { Failures.ConnectionReset, Failures.Eof });
        Assert.Equal(Failures.Timeout, latest[$"http://news.farm.test:{p}/hang"]["failure"]);
        Assert.Equal((Failures.DnsNxdomain, "dns"), ((string)latest["http://gone.farm.test/"]["failure"]!, (string)latest["http://gone.farm.test/"]["failed_phase"]!));

        var cycle = SqliteQuery.Rows(db, "SELECT targets, ok, failed, summary FROM cycles ORDER BY started_at LIMIT 1").Single();
        Assert.Equal((6L, 2L, 3L), ((long)cycle["targets"]!, (long)cycle["ok"]!, (long)cycle["failed"]!));
        Assert.Contains("\"http_451\":1", (string)cycle["summary"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_KeepsTheStoredScheduleUnlessConfigChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        _config.WriteSettings("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Scheduling": { "DefaultInterval": "06:00:00", "Jitter": "00:00:00" } }""");
        var first = await NextFireTime(ct);
        var second = await NextFireTime(ct);
        Assert.Equal(first, second);

        _config.WriteSettings("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Scheduling": { "DefaultInterval": "12:00:00", "Jitter": "00:00:00" } }""");
        var changed = await NextFireTime(ct);
        Assert.NotEqual(first, changed);
        Assert.InRange(changed!.Value - first!.Value, TimeSpan.FromHours(5), TimeSpan.FromHours(7));
    }

    [Fact]
    public async Task Start_EveryList_GetsAReachabilityJobAndAContentJobOnTheContentInterval()
    {
        var ct = TestContext.Current.CancellationToken;
        _config.WriteSettings("""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Scheduling": { "DefaultInterval": "06:00:00", "Jitter": "00:00:00" }, "Content": { "Interval": "12:00:00" } }""");
        using var host = AppHost.CreateBuilder(_config.ConfigFolder, _config.DataFolder, withScheduler: true, consoleLevel: LogEventLevel.Warning).Build();
        await host.StartAsync(ct);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);

        var content = await scheduler.GetTrigger(new TriggerKey("farm", "content"), ct);
        var detail = await scheduler.GetJobDetail(new JobKey("farm", "content"), ct);
        await host.StopAsync(ct);

        Assert.Equal("every 12:00:00", content!.JobDataMap.GetString("schedule"));
        Assert.Equal("ContentJob", detail!.JobType.Type.Name);
    }

    private async Task<DateTimeOffset?> NextFireTime(CancellationToken ct)
    {
        using var host = AppHost.CreateBuilder(_config.ConfigFolder, _config.DataFolder, withScheduler: true, consoleLevel: LogEventLevel.Warning).Build();
        await host.StartAsync(ct);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var key = new TriggerKey("farm", "reachability");

        // A new trigger fires once at start; after that its next fire time is hours away.
        await WaitUntil(async () => (await scheduler.GetTrigger(key, ct))?.NextFireTimeUtc > TimeProvider.System.GetUtcNow().AddHours(1), TimeSpan.FromSeconds(30));
        var next = (await scheduler.GetTrigger(key, ct))!.NextFireTimeUtc;
        await host.StopAsync(ct);
        return next;
    }

    private static Task WaitUntil(Func<bool> condition, TimeSpan limit) => WaitUntil(() => Task.FromResult(condition()), limit);

    private static async Task WaitUntil(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"condition not met within {limit}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
