namespace MediaMonitor.Storage;

/// <summary>Opens and migrates the store at start-up, so a broken store stops the program before any check runs.</summary>
internal sealed class StoreInitializer(SqliteStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
