using System.Net;
using MediaMonitor.Analysis;
using MediaMonitor.Checks;
using MediaMonitor.Configuration;
using MediaMonitor.Control;
using MediaMonitor.Probing;
using MediaMonitor.SiteFarm;

namespace MediaMonitor.Tests.Checks;

public sealed class BlockingMeasurerTests : IAsyncLifetime
{
    private SiteFarm.SiteFarm _farm = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _farm = await SiteFarm.SiteFarm.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _services = ProbeFactory.Services(
            new()
            {
                ["Probing:TimeoutSeconds"] = "3",
                ["Monitor:Vantages:0:Name"] = "kz",
                ["Monitor:Retry:Attempts"] = "2",
                ["Monitor:Retry:Delay"] = "00:00:00",
            },
            more: s =>
            {
                s.AddOptions<MonitorOptions>().BindConfiguration(MonitorOptions.SectionName);
                s.AddSingleton<VantageHealthChecker>();
                s.AddSingleton<BlockingMeasurer>();
            });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _farm.DisposeAsync();
    }

    [Fact]
    public async Task Measure_SuspectedBlock_IsMeasuredAgainAndEveryAttemptIsHandedOver()
    {
        var handed = new List<Measurement>();

        var attempts = await Measure(Vantage(_farm.Url("/").AbsoluteUri), a => { handed.Add(a); return Task.CompletedTask; });

        Assert.Equal([1, 2], attempts.Select(a => a.Attempt));
        Assert.Equal(attempts[0].Id, Assert.Single(handed).Id);
        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.TcpIp), (attempts[^1].Verdict!.Status, attempts[^1].Verdict!.Method));
        Assert.Contains("blocked in 2 of 2 attempts", attempts[^1].Verdict!.Evidence[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_UplinkDiesDuringTheCheck_TheBlockBecomesUnknown()
    {
        // The cycle started healthy; by the time the block would be reported the baseline site fails too.
        var attempts = await Measure(Vantage(_farm.Url("/reset").AbsoluteUri), null);

        Assert.Equal(VerdictStatus.Unknown, attempts[^1].Verdict!.Status);
        Assert.Contains("vantage offline", attempts[^1].Verdict!.Evidence[0], StringComparison.Ordinal);
    }

    private static VantageOptions Vantage(string baseline) => new() { Name = "kz", BaselineUrls = [baseline] };

    private async Task<IReadOnlyList<Measurement>> Measure(VantageOptions vantage, Func<Measurement, Task>? onAttempt)
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var target = new ProbeTarget(new Uri($"http://127.0.0.1:{port}/"));
        var healthy = new VantageHealth(true, 1, 1, null, null);
        return await _services.GetRequiredService<BlockingMeasurer>()
            .MeasureAsync(target, vantage, new ReachableControl(), healthy, onAttempt, TestContext.Current.CancellationToken);
    }

    /// <summary>A control that always reaches the target: stands for an unfiltered vantage elsewhere.</summary>
    private sealed class ReachableControl : IControl
    {
        public string Name => "elsewhere";

        public Task<Measurement?> MeasureAsync(ProbeTarget target, CancellationToken cancellationToken) => Task.FromResult<Measurement?>(new Measurement
        {
            Id = Guid.NewGuid(),
            Url = target.Url.AbsoluteUri,
            Vantage = Name,
            StartedAt = TimeProvider.System.GetUtcNow(),
            Tcp = [new TcpConnectResult("127.0.0.1", target.Url.Port, null, 1)],
            Http = new HttpResult { Status = 200, Title = "Vlast", BodyLength = 1000, BodySha256 = new string('a', 64) },
            Timings = new Timings(null, 1, null, 2, 5),
        });
    }
}
