using MediaMonitor.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Scheduling;

public sealed class JobRunTests
{
    [Fact]
    public async Task RunAsync_ShutdownDuringTheStartDelay_EndsQuietlyWithoutTheWork()
    {
        using var lifetime = new StoppableLifetime();
        var worked = false;

        var run = JobRun.RunAsync(lifetime, TimeSpan.FromHours(1), new FakeTimeProvider(), _ => { worked = true; return Task.CompletedTask; }, CancellationToken.None).AsTask();
        await lifetime.StopAsync();
        await run;

        Assert.False(worked);
        Assert.True(run.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunAsync_WorkFailsWithoutAShutdown_Throws()
    {
        using var lifetime = new StoppableLifetime();

        await Assert.ThrowsAsync<TaskCanceledException>(() => JobRun.RunAsync(
            lifetime, TimeSpan.Zero, new FakeTimeProvider(), _ => Task.FromCanceled(new CancellationToken(true)), CancellationToken.None).AsTask());
    }

    private sealed class StoppableLifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public Task StopAsync() => _stopping.CancelAsync();

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
