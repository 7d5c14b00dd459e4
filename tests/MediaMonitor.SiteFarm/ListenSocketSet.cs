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

    private ListenSocketSet(int port, ConcurrentDictionary<IPEndPoint, Socket> sockets)
    {
        Port = port;
        _unclaimed = sockets;
    }

    public int Port { get; }

    /// <summary>Binds every address on one port, the first picked by the kernel.</summary>
    public static ListenSocketSet Bind(IReadOnlyList<IPAddress> addresses)
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

                return new ListenSocketSet(port, sockets);
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
