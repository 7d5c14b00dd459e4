using MediaMonitor.Analysis;

namespace MediaMonitor.Tests.Analysis;

public sealed class VerdictCombinerTests
{
    private static readonly Verdict Tls = new(VerdictStatus.Blocked, BlockingMethod.Tls, 0.9, ["handshake timed out"]);
    private static readonly Verdict Ok = new(VerdictStatus.Ok, null, 0.9, ["page matches"]);

    [Fact]
    public void Combine_BlockedEveryTime_StaysBlockedWithFullConfidence()
    {
        var v = VerdictCombiner.Combine([Tls, Tls, Tls]);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Tls, 0.9), (v.Status, v.Method, v.Confidence));
        Assert.Contains("blocked in 3 of 3 attempts", v.Evidence[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_BlockedByDifferentMethods_IsBlockedWithLowerConfidence()
    {
        var dns = new Verdict(VerdictStatus.Blocked, BlockingMethod.Dns, 0.9, ["nxdomain"]);

        var v = VerdictCombiner.Combine([Tls, dns, Tls]);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Tls), (v.Status, v.Method));
        Assert.True(v.Confidence < Tls.Confidence);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Combine_LastAttemptLoads_IsNotReportedAsBlocked(int blockedFirst)
    {
        var v = VerdictCombiner.Combine([.. Enumerable.Repeat(Tls, blockedFirst), Ok]);

        Assert.Equal(VerdictStatus.Ok, v.Status);
        Assert.Contains("intermittent", v.Evidence[^1], StringComparison.Ordinal);
    }
}
