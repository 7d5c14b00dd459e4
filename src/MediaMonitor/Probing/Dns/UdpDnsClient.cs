using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace MediaMonitor.Probing.Dns;

/// <summary>
/// Plain DNS to one server: each query over UDP from its own socket, sent again once at half the
/// timeout if nothing matching came back, and asked again over TCP when the reply is truncated.
/// </summary>
public sealed class UdpDnsClient : IDnsClient
{
    private const int MaxMessageLength = 65535;

    private readonly IPEndPoint _server;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <param name="server">The resolver.</param>
    /// <param name="timeout">The budget of one query (A and AAAA run side by side), UDP retry and TCP fallback included.</param>
    /// <param name="time">The clock for the timeout and the duration.</param>
    public UdpDnsClient(IPEndPoint server, TimeSpan timeout, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _server = server;
        _timeout = timeout;
        _time = time;
        Name = "udp:" + server;
    }

    public string Name { get; }

    public Task<DnsLookup> LookupAsync(string host, CancellationToken cancellationToken) =>
        DnsLookupBuilder.LookupAsync(Name, host, ExchangeAsync, _time, cancellationToken);

    internal async Task<DnsExchange> ExchangeAsync(string name, ushort qtype, CancellationToken cancellationToken)
    {
        var id = DnsLookupBuilder.NewId();
        var query = DnsMessage.BuildQuery(id, name, qtype);
        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        DnsResponse reply;
        try
        {
            reply = await ExchangeUdpAsync(query, id, name, qtype, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsExchange.Failed(Failures.Timeout);
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            // An ICMP port unreachable surfaces on a connected UDP socket as ECONNREFUSED on Linux and
            // as WSAECONNRESET on Windows; either way nothing listens at the resolver's port.
            return DnsExchange.Failed(e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset
                ? Failures.ConnectionRefused
                : FailureClassifier.FromSocketError(e.SocketErrorCode));
        }
        catch (DnsFormatException)
        {
            return DnsExchange.Failed(Failures.DnsServerMisbehaving);
        }

        if (!reply.Truncated)
        {
            return DnsExchange.Answered(reply);
        }

        try
        {
            return await ExchangeTcpAsync(query, id, name, qtype, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsExchange.Failed(Failures.Timeout);
        }
        catch (Exception e) when (e is SocketException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return DnsExchange.Failed(FailureClassifier.Classify(e));
        }
        catch (DnsFormatException)
        {
            return DnsExchange.Failed(Failures.DnsServerMisbehaving);
        }
    }

    private async Task<DnsResponse> ExchangeUdpAsync(byte[] query, ushort id, string name, ushort qtype, CancellationToken cancellationToken)
    {
        var socket = new Socket(_server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        var buffer = ArrayPool<byte>.Shared.Rent(MaxMessageLength);
        using var resendCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Armed before the first send, so that a test moving a fake clock once the server has the
        // query is sure to find this timer already running.
        var resend = Task.Delay(_timeout / 2, _time, resendCancel.Token);
        Task<DnsResponse>? receive = null;
        try
        {
            // Connected, so the kernel drops datagrams from other addresses and reports ICMP errors to us.
            await socket.ConnectAsync(_server, cancellationToken).ConfigureAwait(false);
            await socket.SendAsync(query, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            receive = ReceiveMatchingAsync(socket, buffer, id, name, qtype, cancellationToken);
            if (await Task.WhenAny(receive, resend).ConfigureAwait(false) != receive)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await socket.SendAsync(query, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }

            return await receive.ConfigureAwait(false);
        }
        finally
        {
            await resendCancel.CancelAsync().ConfigureAwait(false);
            socket.Dispose();
            if (receive is not null)
            {
                // The buffer goes back to the pool only once no receive can still write into it.
                await ((Task)receive).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads datagrams until one answers our query. Anything else (another id, another question, a
    /// query, junk) is ignored: it may be a late reply to an earlier query or an off-path spoof.
    /// </summary>
    private static async Task<DnsResponse> ReceiveMatchingAsync(Socket socket, byte[] buffer, ushort id, string name, ushort qtype, CancellationToken cancellationToken)
    {
        while (true)
        {
            var length = await socket.ReceiveAsync(buffer.AsMemory(0, MaxMessageLength), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (Accept(buffer.AsSpan(0, length), id, name, qtype) is { } response)
            {
                return response;
            }
        }
    }

    private static DnsResponse? Accept(ReadOnlySpan<byte> datagram, ushort id, string name, ushort qtype)
    {
        try
        {
            var response = DnsMessage.Parse(datagram);
            return DnsLookupBuilder.Matches(response, id, name, qtype) ? response : null;
        }
        catch (DnsFormatException) when (datagram.Length < 2 || BinaryPrimitives.ReadUInt16BigEndian(datagram) != id)
        {
            return null;
        }
        catch (DnsFormatException) when (datagram.Length >= DnsMessage.HeaderLength && IsTruncatedReply(datagram))
        {
            // A server may cut a datagram mid-record when it sets TC; the header alone says "ask over TCP".
            return new DnsResponse(id, BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]), [], []);
        }
    }

    private static bool IsTruncatedReply(ReadOnlySpan<byte> datagram)
    {
        var flags = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        return (flags & 0x8000) != 0 && (flags & 0x0200) != 0;
    }

    private async Task<DnsExchange> ExchangeTcpAsync(byte[] query, ushort id, string name, ushort qtype, CancellationToken cancellationToken)
    {
        using var socket = new Socket(_server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(_server, cancellationToken).ConfigureAwait(false);
        var stream = new NetworkStream(socket, ownsSocket: false);
        await using var streamScope = stream.ConfigureAwait(false);

        // RFC 1035 4.2.2: over TCP each message is preceded by its length in two bytes.
        var framed = new byte[query.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)query.Length);
        query.CopyTo(framed, 2);
        await stream.WriteAsync(framed, cancellationToken).ConfigureAwait(false);

        var prefix = new byte[2];
        await stream.ReadExactlyAsync(prefix, cancellationToken).ConfigureAwait(false);
        var reply = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
        await stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
        var response = DnsMessage.Parse(reply);
        // On a connection we opened no one else can answer, so a mismatch is the server's fault.
        return DnsLookupBuilder.Matches(response, id, name, qtype)
            ? DnsExchange.Answered(response)
            : DnsExchange.Failed(Failures.DnsServerMisbehaving);
    }
}
