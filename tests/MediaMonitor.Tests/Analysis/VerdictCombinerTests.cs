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
    public void Combine_BlockedTwiceOutOfThree_IsBlockedWithLowerConfidence()
    {
        var v = VerdictCombiner.Combine([Tls, Ok, Tls]);

        Assert.Equal(VerdictStatus.Blocked, v.Status);
        Assert.True(v.Confidence < Tls.Confidence);
    }

    [Fact]
    public void Combine_BlockedOnceOutOfThree_IsNotReportedAsBlocked()
    {
        var v = VerdictCombiner.Combine([Tls, Ok, Ok]);

        Assert.Equal(VerdictStatus.Ok, v.Status);
        Assert.Contains("intermittent", v.Evidence[^1], StringComparison.Ordinal);
    }
}
