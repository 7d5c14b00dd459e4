using System.Net.Sockets;
using System.Security.Authentication;

namespace MediaMonitor.Probing;

/// <summary>Names an exception with an OONI failure string.</summary>
public static class FailureClassifier
{
    public static string Classify(Exception exception)
    {
        var chain = new List<Exception>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        if (chain.OfType<DnsLookupException>().FirstOrDefault() is { } dns)
        {
            return dns.Failure;
        }

        if (chain.OfType<ProxyException>().FirstOrDefault() is { } proxy)
        {
            return proxy.Failure;
        }

        // The most specific cause wins: a reset during the TLS handshake is a reset, not a TLS failure.
        if (chain.Any(e => e is OperationCanceledException or TimeoutException))
        {
            return Failures.Timeout;
        }

        if (chain.OfType<SocketException>().FirstOrDefault() is { } socket)
        {
            return FromSocketError(socket.SocketErrorCode);
        }

        foreach (var e in chain)
        {
            var error = e switch
            {
                HttpRequestException r => r.HttpRequestError,
                HttpIOException io => io.HttpRequestError,
                _ => HttpRequestError.Unknown,
            };
            switch (error)
            {
                case HttpRequestError.ResponseEnded:
                    return Failures.Eof;
                case HttpRequestError.ConfigurationLimitExceeded:
                    return Failures.HeadersTooLarge;
                case HttpRequestError.InvalidResponse:
                    return Failures.InvalidResponse;
            }
        }

        if (chain.Any(e => e is EndOfStreamException || (e is IOException && IsEofMessage(e.Message))))
        {
            return Failures.Eof;
        }

        if (chain.Any(e => e is AuthenticationException))
        {
            return Failures.SslFailedHandshake;
        }

        return Failures.UnknownPrefix + exception.GetBaseException().Message;
    }

    public static string FromSocketError(SocketError error) => error switch
    {
        SocketError.HostNotFound => Failures.DnsNxdomain,
        SocketError.NoData => Failures.DnsNoAnswer,
        SocketError.TryAgain => Failures.DnsTemporary,
        SocketError.NoRecovery => Failures.DnsNonRecoverable,
        SocketError.ConnectionRefused => Failures.ConnectionRefused,
        SocketError.ConnectionReset => Failures.ConnectionReset,
        SocketError.ConnectionAborted => Failures.ConnectionAborted,
        SocketError.HostUnreachable or SocketError.HostDown => Failures.HostUnreachable,
        SocketError.NetworkUnreachable or SocketError.NetworkDown => Failures.NetworkUnreachable,
        SocketError.TimedOut or SocketError.OperationAborted => Failures.Timeout,
        _ => Failures.UnknownPrefix + error,
    };

    // .NET reports a peer that closed mid-handshake only in the message text.
    private static bool IsEofMessage(string message) =>
        message.Contains("EOF", StringComparison.Ordinal)
        || message.Contains("closed the transport stream", StringComparison.OrdinalIgnoreCase)
        || message.Contains("ended prematurely", StringComparison.OrdinalIgnoreCase);
}
