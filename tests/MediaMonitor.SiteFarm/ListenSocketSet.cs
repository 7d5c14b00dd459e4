using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// Listen sockets bound before Kestrel starts, handed to it through
/// <see cref="SocketTransportOptions.CreateBoundListenSocket"/>. Binding ourselves is what lets
/// every address share one automatically chosen port: Kestrel only learns a port-0 endpoint's
/// port after it has started, too late to reuse it for the other endpoints, and guessing a free
/// port up front would race with other processes.
/// </summary>
internal sealed class ListenSocketSet : IDisposable
{
    private const int Attempts = 20;

    private readonly ConcurrentDictionary<IPEndPoint, Socket> _unclaimed;

    private ListenSocketSet(int port, IReadOnlyList<IPAddress> addresses, ConcurrentDictionary<IPEndPoint, Socket> sockets)
    {
        Port = port;
        Addresses = addresses;
        _unclaimed = sockets;
    }

    public int Port { get; }

    /// <summary>The addresses actually bound, in order: all required ones, then the optional one if it could be.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; }

    /// <summary>
    /// Binds every address on one port, the first picked by the kernel. <paramref name="optional"/>
    /// is skipped when the machine lacks it (e.g. ::1 with IPv6 off) rather than failing the farm.
    /// </summary>
    public static ListenSocketSet Bind(IReadOnlyList<IPAddress> addresses, IPAddress? optional = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var sockets = new ConcurrentDictionary<IPEndPoint, Socket>();
            try
            {
                var first = SocketTransportOptions.CreateDefaultBoundListenSocket(new IPEndPoint(addresses[0], 0));
                var port = ((IPEndPoint)first.LocalEndPoint!).Port;
                sockets[new IPEndPoint(addresses[0], port)] = first;
                for (var i = 1; i < addresses.Count; i++)
                {
                    var endpoint = new IPEndPoint(addresses[i], port);
                    sockets[endpoint] = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                }

                var bound = new List<IPAddress>(addresses);
                if (optional is not null && !addresses.Contains(optional) && TryBind(new IPEndPoint(optional, port)) is { } extra)
                {
                    sockets[new IPEndPoint(optional, port)] = extra;
                    bound.Add(optional);
                }

                return new ListenSocketSet(port, bound, sockets);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < Attempts)
            {
                // Someone else holds the kernel's pick on one of the other addresses: try another port.
                DisposeAll(sockets);
            }
            catch
            {
                DisposeAll(sockets);
                throw;
            }
        }
    }

    /// <summary>The socket bound for <paramref name="endpoint"/>, if it is ours; ownership moves to the caller.</summary>
    public Socket? TryClaim(EndPoint endpoint) =>
        endpoint is IPEndPoint ip && _unclaimed.TryRemove(ip, out var socket) ? socket : null;

    private static Socket? TryBind(IPEndPoint endpoint)
    {
        try
        {
            return SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressNotAvailable
            or SocketError.AddressFamilyNotSupported or SocketError.ProtocolNotSupported)
        {
            return null;
        }
    }

    /// <summary>Closes whatever Kestrel never claimed, e.g. when it failed to start.</summary>
    public void Dispose() => DisposeAll(_unclaimed);

    private static void DisposeAll(ConcurrentDictionary<IPEndPoint, Socket> sockets)
    {
        foreach (var endpoint in sockets.Keys)
        {
            if (sockets.TryRemove(endpoint, out var socket))
            {
                socket.Dispose();
            }
        }
    }
}
