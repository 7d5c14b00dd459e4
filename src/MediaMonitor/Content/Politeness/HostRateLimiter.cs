using System.Collections.Concurrent;

namespace MediaMonitor.Content.Politeness;

/// <summary>
/// Spaces requests to one host at least an interval apart: each caller reserves the next free slot
/// and waits for it on the <see cref="TimeProvider"/>, so tests move time instead of sleeping.
/// </summary>
internal sealed class HostRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a request to <paramref name="host"/> may go, <paramref name="interval"/> after the one before it.</summary>
    public async Task WaitAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(host, static _ => new Slot());
        DateTimeOffset at;
        lock (slot)
        {
            var now = time.GetUtcNow();
            at = slot.Next > now ? slot.Next : now;
            slot.Next = at + interval;
        }

        var wait = at - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;
    }
}
