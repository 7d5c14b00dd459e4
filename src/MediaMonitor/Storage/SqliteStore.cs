using System.Globalization;
using System.Threading.Channels;
using MediaMonitor.Configuration;
using MediaMonitor.Probing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Storage;

/// <summary>
/// The embedded system of record: one SQLite file in WAL mode. Every measurement is committed in
/// the same transaction as its outbox row, by one writer that batches whatever is queued, so a
/// burst of checks costs a few commits rather than thousands. <see cref="AppendAsync"/> returns
/// only once the row is committed; a kill -9 after that loses nothing.
/// </summary>
public sealed partial class SqliteStore : IAsyncDisposable
{
    private readonly StoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteStore> _logger;
    private readonly Channel<WriteItem> _queue = Channel.CreateUnbounded<WriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private SqliteConnection? _writer;
    private Task? _writerLoop;

    public SqliteStore(IOptions<StoreOptions> options, IOptions<PathsOptions> paths, TimeProvider time, ILogger<SqliteStore> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        FilePath = Path.GetFullPath(Path.Combine(paths.Value.DataFolder, _options.SqliteFile));
    }

    public string FilePath { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = FilePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = Math.Max(1, _options.BusyTimeoutMs / 1000),
    }.ToString();

    /// <summary>Creates the file if needed, applies pending migrations and starts the writer. Safe to call twice.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writer is not null)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            _writer = connection;

            // The loop must not inherit the caller's token: it lives until the store is disposed.
            _writerLoop = Task.Run(() => WriteLoopAsync(connection), CancellationToken.None);
        }
        finally
        {
            _initLock.Release();
        }
    }

    /// <summary>Opens a connection with the store's pragmas, for readers (tests, queries, summaries).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();

        // NORMAL is durable against a killed process in WAL mode; only power loss can drop the last commits.
        pragma.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={_options.BusyTimeoutMs};";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Commits the measurement with its outbox row; completes when it is on disk.</summary>
    public Task AppendAsync(Measurement measurement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_writer is null && _writerLoop is not null, this);
        if (_writer is null)
        {
            throw new InvalidOperationException("The store is not initialised: call InitializeAsync first.");
        }

        // Serialised here, outside the writer's transaction: a bad measurement fails alone.
        var item = new WriteItem(measurement, null) { Document = ProbeJson.Serialize(measurement) };
        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(SqliteStore), "The store is shutting down.");
        }

        return item.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Records a finished check cycle and its summary.</summary>
    public Task AppendCycleAsync(CycleRecord cycle, CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            throw new InvalidOperationException("The store is not initialised: call InitializeAsync first.");
        }

        var item = new WriteItem(null, cycle);
        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(SqliteStore), "The store is shutting down.");
        }

        return item.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="write"/> inside the single writer's transaction, so that what it writes
    /// commits together, or not at all; completes when it is on disk.
    /// </summary>
    internal Task WriteAsync(Action<SqliteConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            throw new InvalidOperationException("The store is not initialised: call InitializeAsync first.");
        }

        var item = new WriteItem(null, null) { Custom = write };
        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(SqliteStore), "The store is shutting down.");
        }

        return item.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<long> CountMeasurementsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM measurements";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writerLoop is not null)
        {
            await _writerLoop.ConfigureAwait(false);
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }

        _initLock.Dispose();
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var current = await UserVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (current > Migrations.Latest)
        {
            throw new InvalidOperationException(
                $"The store {FilePath} has schema version {current}, newer than this build knows ({Migrations.Latest}). Use a newer MediaMonitor.");
        }

        foreach (var migration in Migrations.All.Where(m => m.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO schema_migrations (version, description, applied_at) VALUES ($v, $d, $t); PRAGMA user_version = {migration.Version};";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.Parameters.AddWithValue("$t", Iso(_time.GetUtcNow()));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Log.Migrated(_logger, FilePath, migration.Version, migration.Description);
        }
    }

    private static async Task<long> UserVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task WriteLoopAsync(SqliteConnection connection)
    {
        var batch = new List<WriteItem>(_options.WriteBatchSize);
        using var statements = new Statements(connection);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _options.WriteBatchSize && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                Commit(connection, statements, batch);
                foreach (var item in batch)
                {
                    item.Done.TrySetResult();
                }
            }
            catch (Exception e) when (batch.Count > 1)
            {
                // One bad item must not take a whole batch of other cycles' findings with it: one by one.
                Log.WriteFailed(_logger, e, batch.Count);
                foreach (var item in batch)
                {
                    try
                    {
                        Commit(connection, statements, [item]);
                        item.Done.TrySetResult();
                    }
                    catch (Exception single)
                    {
                        item.Done.TrySetException(single);
                    }
                }
            }
            catch (Exception e)
            {
                Log.WriteFailed(_logger, e, 1);
                batch[0].Done.TrySetException(e);
            }
        }
    }

    private void Commit(SqliteConnection connection, Statements statements, List<WriteItem> items)
    {
        using var transaction = connection.BeginTransaction();
        statements.Enlist(transaction);
        foreach (var item in items)
        {
            if (item.Measurement is { } m)
            {
                statements.InsertMeasurement(m, item.Document!, _time.GetUtcNow());
            }
            else if (item.Cycle is { } c)
            {
                statements.InsertCycle(c);
            }
            else
            {
                item.Custom?.Invoke(connection, transaction);
            }
        }

        transaction.Commit();
    }

    /// <summary>The store's clock, for rows written alongside a caller's data.</summary>
    internal DateTimeOffset Now() => _time.GetUtcNow();

    internal static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private sealed record WriteItem(Measurement? Measurement, CycleRecord? Cycle)
    {
        public string? Document { get; init; }

        public Action<SqliteConnection, SqliteTransaction>? Custom { get; init; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Store {File}: applied migration {Version} ({Description})")]
        public static partial void Migrated(ILogger logger, string file, int version, string description);

        [LoggerMessage(Level = LogLevel.Error, Message = "Store write of {Count} items failed and was rolled back")]
        public static partial void WriteFailed(ILogger logger, Exception exception, int count);
    }
}
