using MediaMonitor.Configuration;
using MediaMonitor.Probing;
using MediaMonitor.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Storage;

internal static class StoreFactory
{
    public static SqliteStore Create(string dataFolder, TimeProvider? time = null, int batch = 256) => new(
        Options.Create(new StoreOptions { WriteBatchSize = batch }),
        Options.Create(new PathsOptions { DataFolder = dataFolder }),
        time ?? TimeProvider.System,
        NullLogger<SqliteStore>.Instance);

    public static Measurement Measurement(DateTimeOffset at, string url = "https://vlast.kz/", string? failure = null) => new()
    {
        Id = Guid.CreateVersion7(at),
        Url = url,
        Vantage = "local",
        StartedAt = at,
        Failure = failure,
        FailedPhase = failure is null ? null : "tcp",
        Http = failure is null ? new HttpResult { Status = 200, Title = "Vlast", BodyLength = 10, BodySha256 = new string('a', 64) } : null,
        Timings = new Timings(1, 2, 3, 4, 10),
    };
}
