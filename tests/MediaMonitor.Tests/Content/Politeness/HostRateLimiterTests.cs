using MediaMonitor.Content.Politeness;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Content.Politeness;

public sealed class HostRateLimiterTests
{
    [Fact]
    public async Task WaitAsync_ThreeRequestsToOneHost_GoOneIntervalApart()
    {
        var time = new FakeTimeProvider();
        var limiter = new HostRateLimiter(time);
        var ct = TestContext.Current.CancellationToken;
        var interval = TimeSpan.FromSeconds(2);

        var first = limiter.WaitAsync("vlast.kz", interval, ct);
        var second = limiter.WaitAsync("vlast.kz", interval, ct);
        var third = limiter.WaitAsync("VLAST.kz", interval, ct);
        var other = limiter.WaitAsync("ratel.kz", interval, ct);

        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
        Assert.False(third.IsCompleted);
        time.Advance(interval);
        await third;
    }

    [Fact]
    public async Task WaitAsync_AfterAQuietSpell_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        var limiter = new HostRateLimiter(time);
        var ct = TestContext.Current.CancellationToken;
        await limiter.WaitAsync("vlast.kz", TimeSpan.FromSeconds(2), ct);

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(limiter.WaitAsync("vlast.kz", TimeSpan.FromSeconds(2), ct).IsCompletedSuccessfully);
    }
}
