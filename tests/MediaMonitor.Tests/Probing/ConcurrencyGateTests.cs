using MediaMonitor.Probing;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Probing;

public sealed class ConcurrencyGateTests
{
    [Fact]
    public async Task EnterHost_MoreThanTheLimit_WaitsUntilALeaseIsReturned()
    {
        var gate = new ConcurrencyGate(Options.Create(new ProbeOptions { MaxConcurrencyPerHost = 2 }));
        var ct = TestContext.Current.CancellationToken;
        var first = await gate.EnterHostAsync("vlast.kz", ct);
        var second = await gate.EnterHostAsync("VLAST.kz", ct);

        var third = gate.EnterHostAsync("vlast.kz", ct).AsTask();
        var otherHost = await gate.EnterHostAsync("azattyq.org", ct);
        await Task.Delay(50, ct);
        Assert.False(third.IsCompleted, "a third request to the same host must wait");

        first.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5), ct)).Dispose();
        second.Dispose();
        otherHost.Dispose();
        Assert.Equal(0, gate.TrackedHosts);
    }
}
