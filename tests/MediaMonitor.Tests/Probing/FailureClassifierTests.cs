using System.Net.Sockets;
using System.Security.Authentication;
using MediaMonitor.Probing;

namespace MediaMonitor.Tests.Probing;

public sealed class FailureClassifierTests
{
    [Theory]
    [InlineData(SocketError.HostNotFound, "dns_nxdomain_error")]
    [InlineData(SocketError.NoData, "dns_no_answer")]
    [InlineData(SocketError.TryAgain, "dns_temporary_failure")]
    [InlineData(SocketError.ConnectionRefused, "connection_refused")]
    [InlineData(SocketError.ConnectionReset, "connection_reset")]
    [InlineData(SocketError.HostUnreachable, "host_unreachable")]
    [InlineData(SocketError.NetworkUnreachable, "network_unreachable")]
    [InlineData(SocketError.TimedOut, "generic_timeout_error")]
    public void Classify_SocketErrors_UseOoniStrings(SocketError error, string expected) =>
        Assert.Equal(expected, FailureClassifier.Classify(new HttpRequestException("x", new SocketException((int)error))));

    [Fact]
    public void Classify_ResetDuringTlsHandshake_IsAResetNotATlsFailure() =>
        Assert.Equal(Failures.ConnectionReset, FailureClassifier.Classify(
            new AuthenticationException("handshake", new IOException("read", new SocketException((int)SocketError.ConnectionReset)))));

    [Fact]
    public void Classify_Cancellation_IsATimeout() =>
        Assert.Equal(Failures.Timeout, FailureClassifier.Classify(new TaskCanceledException("t", new TimeoutException())));

    [Fact]
    public void Classify_ResponseEnded_IsEof() =>
        Assert.Equal(Failures.Eof, FailureClassifier.Classify(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")));

    [Fact]
    public void Classify_Unknown_KeepsTheMessageBehindOonisPrefix() =>
        Assert.Equal("unknown_failure: something odd", FailureClassifier.Classify(new InvalidOperationException("something odd")));
}
