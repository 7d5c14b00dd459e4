using Microsoft.Extensions.Options;

namespace MediaMonitor.Probing;

/// <summary>
/// Bounds requests per host name so that many targets on one outlet do not hammer it. Semaphores
/// are created on demand and dropped when idle, so a list of 10,000 hosts does not keep 10,000.
/// </summary>
public sealed class ConcurrencyGate(IOptions<ProbeOptions> options)
{
    private readonly Dictionary<string, Entry> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _perHost = options.Value.MaxConcurrencyPerHost;

    public async ValueTask<IDisposable> EnterHostAsync(string host, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_hosts)
        {
            if (!_hosts.TryGetValue(host, out entry!))
            {
                entry = new Entry(new SemaphoreSlim(_perHost, _perHost));
                _hosts[host] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(host, entry, release: false);
            throw;
        }

        return new Lease(this, host, entry);
    }

    internal int TrackedHosts
    {
        get
        {
            lock (_hosts)
            {
                return _hosts.Count;
            }
        }
    }

    private void Leave(string host, Entry entry, bool release)
    {
        if (release)
        {
            entry.Semaphore.Release();
        }

        lock (_hosts)
        {
            if (--entry.Users == 0)
            {
                _hosts.Remove(host);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry(SemaphoreSlim semaphore)
    {
        public SemaphoreSlim Semaphore { get; } = semaphore;
        public int Users { get; set; }
    }

    private sealed class Lease(ConcurrencyGate gate, string host, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(host, entry, release: true);
            }
        }
    }
}
