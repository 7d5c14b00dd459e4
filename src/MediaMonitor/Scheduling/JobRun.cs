namespace MediaMonitor.Scheduling;

/// <summary>What every MediaMonitor job does around its one service call: a random start delay, and a token that a shutdown cancels too.</summary>
internal static class JobRun
{
    public static async ValueTask RunAsync(
        IHostApplicationLifetime lifetime, TimeSpan jitter, TimeProvider time, Func<CancellationToken, Task> work, CancellationToken quartzToken)
    {
        // Quartz cancels a job only when it is interrupted; a shutdown must stop the run too.
        // What the run stored before that stays stored.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(quartzToken, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        try
        {
            if (jitter > TimeSpan.Zero)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * jitter.TotalMilliseconds), time, cancellationToken).ConfigureAwait(false);
            }

            await work(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Stopped by a shutdown (Ctrl+C): an expected end, not a job failure to log as an error.
        }
    }
}
