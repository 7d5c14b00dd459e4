using MediaMonitor.Probing;
using MediaMonitor.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TestConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public async Task Initialize_NewFile_CreatesSchemaInWalModeAndRecordsTheMigration()
    {
        await using (var store = StoreFactory.Create(_config.DataFolder))
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
        }

        await using var connection = Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)Migrations.Latest, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal(Migrations.All.Count, Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM schema_migrations"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'outbox'"));
    }

    [Fact]
    public async Task Initialize_Twice_DoesNotReapplyMigrations()
    {
        for (var i = 0; i < 2; i++)
        {
            await using var store = StoreFactory.Create(_config.DataFolder);
            await store.InitializeAsync(TestContext.Current.CancellationToken);
        }

        await using var connection = Open();
        Assert.Equal((long)Migrations.All.Count, Scalar(connection, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Initialize_FileFromANewerVersion_IsRefusedWithAClearMessage()
    {
        Directory.CreateDirectory(_config.DataFolder);
        await using (var connection = Open())
        {
            Scalar(connection, "PRAGMA user_version = 999");
        }

        await using var store = StoreFactory.Create(_config.DataFolder);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Contains("schema version 999, newer than this build knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_WritesTheMeasurementAndItsOutboxRowTogether()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var measurement = StoreFactory.Measurement(time.GetUtcNow());
        await using (var store = StoreFactory.Create(_config.DataFolder, time))
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromSeconds(5));
            await store.AppendAsync(measurement, TestContext.Current.CancellationToken);
            await store.AppendAsync(measurement, TestContext.Current.CancellationToken);
        }

        await using var connection = Open();
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM measurements"));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM outbox"));
        Assert.Equal(measurement.Id.ToString(), Scalar(connection, "SELECT entity_id FROM outbox WHERE kind = 'measurement'"));
        Assert.Equal("2026-11-26T08:00:05.0000000Z", Scalar(connection, "SELECT created_at FROM outbox"));
        Assert.Equal("2026-11-26T08:00:00.0000000Z", Scalar(connection, "SELECT started_at FROM measurements"));
        var document = ProbeJson.Deserialize((string)Scalar(connection, "SELECT document FROM measurements")!);
        Assert.Equal(measurement.Url, document!.Url);
        Assert.Equal(200, document.Http!.Status);
    }

    [Fact]
    public async Task Append_ManyConcurrently_AllCommitInBatches()
    {
        var start = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        await using (var store = StoreFactory.Create(_config.DataFolder, batch: 16))
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
            await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
                store.AppendAsync(StoreFactory.Measurement(start.AddMilliseconds(i), $"https://vlast.kz/{i}"), TestContext.Current.CancellationToken)));
        }

        await using var connection = Open();
        Assert.Equal(500L, Scalar(connection, "SELECT count(*) FROM measurements"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM measurements m WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = m.id)"));
    }

    [Fact]
    public async Task Append_BeforeInitialize_Throws()
    {
        await using var store = StoreFactory.Create(_config.DataFolder);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync(StoreFactory.Measurement(DateTimeOffset.UnixEpoch), TestContext.Current.CancellationToken));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_config.StorePath};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
