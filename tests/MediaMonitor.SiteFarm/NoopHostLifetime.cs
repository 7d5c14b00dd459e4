using Microsoft.Extensions.Hosting;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// Replaces the console lifetime, which would hook SIGINT/SIGTERM for every farm and turn a
/// Ctrl+C meant for the test run into "stop this one farm" instead of ending the process.
/// </summary>
internal sealed class NoopHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
