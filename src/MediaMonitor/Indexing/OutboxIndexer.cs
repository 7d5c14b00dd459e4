using System.Buffers;
using System.Globalization;
using System.Text.Json;
using MediaMonitor.Configuration;
using MediaMonitor.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using EsMethod = Elastic.Transport.HttpMethod;

namespace MediaMonitor.Indexing;

/// <summary>
/// Drains the store's outbox into Elasticsearch, in outbox order, in bulk requests bounded by count
/// and bytes. The cursor moves past a batch only once every item in it is indexed or set aside, in
/// the same transaction that records the set-aside ones; a crash or kill before that resends the batch,
/// and since ids are the findings' own, a resend overwrites instead of duplicating.
/// Items refused with 429 or 5xx are resent with backoff; items refused otherwise (a mapping conflict)
/// are set aside in <c>index_rejects</c> with the reason. When the cluster does not answer, the circuit
/// opens and the outbox keeps everything until it answers again.
/// </summary>
public sealed partial class OutboxIndexer(
    ElasticClientProvider clients, SqliteStore store, IOptions<ElasticsearchOptions> options, TimeProvider time, ILogger<OutboxIndexer> logger)
{
    public const string Consumer = "elasticsearch";

    private static readonly byte[] Newline = "\n"u8.ToArray();
    private readonly ElasticsearchOptions _options = options.Value;
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);
    private readonly FindingDocuments _documents = new(new IndexNames(options.Value.IndexPrefix));
    private readonly ArrayBufferWriter<byte> _body = new(1 << 20);
    private int _batchSize = options.Value.BatchSize;
    private int _failures;
    private TimeSpan _breakFor;
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;

    /// <summary>True while the circuit is open: the cluster failed <see cref="ElasticsearchOptions.CircuitBreakAfter"/> times in a row and is left alone for a while.</summary>
    public bool CircuitOpen => time.GetUtcNow() < _openUntil;

    /// <summary>
    /// Sends batches until the outbox is empty. With <paramref name="stopWhenUnavailable"/> it returns
    /// when the circuit opens (a command line run); without it, it waits for the cluster (the service).
    /// </summary>
    public async Task<DrainResult> DrainAsync(bool stopWhenUnavailable, IProgress<DrainResult>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        long indexed = 0, setAside = 0, retried = 0;
        string? lastError = null;
        List<IndexAction>? next = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (CircuitOpen)
            {
                if (stopWhenUnavailable)
                {
                    return new DrainResult(indexed, setAside, retried, Waiting(connection), true, lastError);
                }

                var wait = _openUntil - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }

                LogHalfOpen(logger);
            }

            // While one batch is on the wire, the next is read and turned into documents: the two
            // halves of the work overlap. A batch that fails throws its successor away, and the
            // next round reads again from the committed cursor.
            var actions = next ?? _documents.Read(connection, Cursor(connection), _batchSize, _options.BatchBytes);
            next = null;
            var size = _batchSize;
            var reading = actions.Count == 0 ? null : Task.Run(() => _documents.Read(connection, actions[^1].Seq, size, _options.BatchBytes), CancellationToken.None);
            BatchOutcome batch;
            List<IndexAction>? prefetched;
            try
            {
                batch = await SendBatchAsync(actions, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // The read uses this connection: it must end before the connection can be disposed.
                prefetched = reading is null ? null : await reading.ConfigureAwait(false);
            }

            if (batch.Error is null && batch.Handled > 0)
            {
                next = prefetched;
            }

            retried += batch.Retried;
            if (batch.Error is { } error)
            {
                lastError = error;
                await FailedAsync(connection, error, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (batch.Handled == Resized)
            {
                continue;
            }

            if (_failures > 0)
            {
                LogRecovered(logger, _failures);
                _failures = 0;
                _breakFor = TimeSpan.Zero;
                _openUntil = DateTimeOffset.MinValue;
            }

            if (batch.Handled == 0)
            {
                return new DrainResult(indexed, setAside, retried, 0, false, lastError);
            }

            indexed += batch.Indexed;
            setAside += batch.SetAside;
            progress?.Report(new DrainResult(indexed, setAside, retried, -1, false, lastError));
        }
    }

    /// <summary>The service: drain, wait <see cref="ElasticsearchOptions.FlushInterval"/>, drain again, until stopped.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cluster = ElasticClientFactory.Describe(_options);
        LogStarted(logger, cluster);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stopWhenUnavailable: false, progress: null, cancellationToken).ConfigureAwait(false);
                await Task.Delay(_options.FlushInterval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The outbox keeps everything; try again after a pause rather than stop indexing for good.
                LogLoopFailed(logger, ex);
                await Task.Delay(_options.MaxRetryDelay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Outbox rows not yet indexed or set aside.</summary>
    public async Task<long> WaitingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Waiting(connection);
    }

    private async Task FailedAsync(SqliteConnection connection, string error, CancellationToken cancellationToken)
    {
        _failures++;
        if (_failures >= _options.CircuitBreakAfter)
        {
            _breakFor = _breakFor == TimeSpan.Zero ? _options.RetryDelay : TimeSpan.FromTicks(Math.Min(_breakFor.Ticks * 2, _options.MaxRetryDelay.Ticks));
            _openUntil = time.GetUtcNow() + _breakFor;
            LogCircuitOpen(logger, _failures, error, _breakFor, Waiting(connection));
            return;
        }

        var delay = Backoff(_failures);
        LogBatchFailed(logger, error, delay);
        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(_options.RetryDelay.Ticks * (1L << Math.Min(attempt - 1, 20)), _options.MaxRetryDelay.Ticks));

    private async Task<BatchOutcome> SendBatchAsync(List<IndexAction> actions, CancellationToken cancellationToken)
    {
        if (actions.Count == 0)
        {
            return new BatchOutcome(0, 0, 0, 0, null);
        }

        var rejects = new List<(IndexAction Action, int Status, string Reason)>();
        var pending = new List<IndexAction>(actions.Count);
        foreach (var action in actions)
        {
            if (action.Source is null)
            {
                rejects.Add((action, 0, action.Problem ?? $"no {action.Kind} with id {action.EntityId} in the store"));
            }
            else
            {
                pending.Add(action);
            }
        }

        var indexed = 0;
        var retried = 0;
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var created = await EnsureIndicesAsync(pending, cancellationToken).ConfigureAwait(false);
            if (created is not null)
            {
                return new BatchOutcome(0, 0, 0, retried, created);
            }

            var answer = await ElasticRaw.SendAsync(clients.Client, EsMethod.POST, "/_bulk", Body(pending), cancellationToken, ndjson: true).ConfigureAwait(false);
            if (answer.Status == 413)
            {
                if (pending.Count > 1)
                {
                    // Too large for the cluster's http.max_content_length: smaller batches until one goes through.
                    _batchSize = Math.Max(1, Math.Min(_batchSize, pending.Count) / 2);
                    LogTooLarge(logger, _batchSize);
                    return new BatchOutcome(Resized, 0, 0, retried, null);
                }

                // One document larger than the cluster takes: it never will.
                rejects.Add((pending[0], 413, $"document of {pending[0].Source!.Length} bytes is larger than the cluster accepts ({answer.Describe()})"));
                pending = [];
                break;
            }

            if (!answer.Ok)
            {
                return new BatchOutcome(0, 0, 0, retried, $"_bulk {answer.Describe()}");
            }

            BulkItemResult[] results;
            try
            {
                results = BulkResponse.Parse(answer.Body, pending.Count);
            }
            catch (JsonException ex)
            {
                return new BatchOutcome(0, 0, 0, retried, $"_bulk answer unreadable: {ex.Message}");
            }

            var again = new List<IndexAction>();
            string? blocked = null;
            for (var i = 0; i < results.Length; i++)
            {
                var result = results[i];
                if (result.Ok)
                {
                    indexed++;
                }
                else if (result.Permanent)
                {
                    rejects.Add((pending[i], result.Status, $"{result.ErrorType}: {result.Reason}"));
                }
                else
                {
                    again.Add(pending[i]);
                    if (!result.Transient)
                    {
                        blocked ??= $"item refused with HTTP {result.Status} {result.ErrorType}: {result.Reason}";
                    }
                }
            }

            // A refusal about the cluster (privileges, a closed index), or items still refused after
            // several tries: the batch fails as a whole, so the circuit applies and nothing moves on.
            if (blocked is not null)
            {
                return new BatchOutcome(0, 0, 0, retried, blocked);
            }

            pending = again;
            if (pending.Count > 0 && attempt >= MaxItemAttempts)
            {
                return new BatchOutcome(0, 0, 0, retried, $"{pending.Count} items still refused with HTTP {results.First(r => r.Transient).Status} after {attempt} tries");
            }

            if (pending.Count > 0)
            {
                retried += pending.Count;
                var delay = Backoff(attempt);
                LogItemsRetried(logger, pending.Count, results.First(r => r.Transient).Status, delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }

        var last = actions[^1].Seq;
        var at = SqliteStore.Iso(time.GetUtcNow());
        await store.WriteAsync(
            (c, tx) =>
            {
                foreach (var (action, status, reason) in rejects)
                {
                    using var insert = c.CreateCommand();
                    insert.Transaction = tx;
                    insert.CommandText = """
                        INSERT INTO index_rejects (seq, kind, entity_id, index_name, status, reason, rejected_at)
                        VALUES ($seq, $kind, $entity, $index, $status, $reason, $at) ON CONFLICT (seq) DO NOTHING
                        """;
                    insert.Parameters.AddWithValue("$seq", action.Seq);
                    insert.Parameters.AddWithValue("$kind", action.Kind);
                    insert.Parameters.AddWithValue("$entity", action.EntityId);
                    insert.Parameters.AddWithValue("$index", action.Index);
                    insert.Parameters.AddWithValue("$status", status);
                    insert.Parameters.AddWithValue("$reason", reason);
                    insert.Parameters.AddWithValue("$at", at);
                    insert.ExecuteNonQuery();
                }

                using var move = c.CreateCommand();
                move.Transaction = tx;
                move.CommandText = """
                    INSERT INTO outbox_cursors (consumer, last_seq) VALUES ($consumer, $seq)
                    ON CONFLICT (consumer) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)
                    """;
                move.Parameters.AddWithValue("$consumer", Consumer);
                move.Parameters.AddWithValue("$seq", last);
                move.ExecuteNonQuery();
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var (action, status, reason) in rejects)
        {
            LogSetAside(logger, action.Kind, action.EntityId, action.Index, status, reason);
        }

        // After a 413 shrank the batches, let them grow back while they go through.
        _batchSize = Math.Min(_options.BatchSize, _batchSize * 2);

        return new BatchOutcome(actions.Count, indexed, rejects.Count, retried, null);
    }

    // Each index is created before its first document, not left to auto-creation: a measurements index
    // gets its month's end as its age for the retention policy (a backfill of old months would
    // otherwise keep them a full retention from today), and a missing privilege shows as one clear error.
    private async Task<string?> EnsureIndicesAsync(List<IndexAction> actions, CancellationToken cancellationToken)
    {
        foreach (var index in actions.Select(a => a.Index).Distinct(StringComparer.Ordinal))
        {
            if (_created.Contains(index))
            {
                continue;
            }

            var body = _documents.Names.MonthOf(index) is { } month
                ? "{\"settings\":{\"index.lifecycle.origination_date\":" + IndexNames.MonthEnd(month).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "}}"
                : "{}";
            var answer = await ElasticRaw.SendAsync(clients.Client, EsMethod.PUT, "/" + index, body, cancellationToken).ConfigureAwait(false);
            if (!answer.Ok && !(answer.Status == 400 && answer.Text.Contains("resource_already_exists_exception", StringComparison.Ordinal)))
            {
                return $"creating index {index}: {answer.Describe()}";
            }

            _created.Add(index);
        }

        return null;
    }

    private ReadOnlyMemory<byte> Body(List<IndexAction> actions)
    {
        _body.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_body);
        foreach (var action in actions)
        {
            writer.Reset(_body);
            writer.WriteStartObject();
            writer.WriteStartObject("index");
            writer.WriteString("_index", action.Index);
            writer.WriteString("_id", action.EntityId);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            _body.Write(Newline);
            _body.Write(action.Source);
            _body.Write(Newline);
        }

        return _body.WrittenMemory;
    }

    private static long Cursor(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_seq FROM outbox_cursors WHERE consumer = $consumer";
        command.Parameters.AddWithValue("$consumer", Consumer);
        return command.ExecuteScalar() is long seq ? seq : 0;
    }

    private static long Waiting(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM outbox WHERE seq > coalesce((SELECT last_seq FROM outbox_cursors WHERE consumer = $consumer), 0)";
        command.Parameters.AddWithValue("$consumer", Consumer);
        return (long)command.ExecuteScalar()!;
    }

    private const int Resized = -1;

    // Tries of a batch's items refused with 429 or 5xx before the batch counts as failed.
    private const int MaxItemAttempts = 5;

    private sealed record BatchOutcome(int Handled, int Indexed, int SetAside, int Retried, string? Error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexing the outbox into Elasticsearch at {Cluster}")]
    private static partial void LogStarted(ILogger logger, string cluster);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch did not take a batch: {Error}; trying again in {Delay}")]
    private static partial void LogBatchFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch failed {Failures} times in a row (last: {Error}); circuit open for {BreakFor}. {Waiting} findings wait in the outbox, nothing is lost")]
    private static partial void LogCircuitOpen(ILogger logger, int failures, string error, TimeSpan breakFor, long waiting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Circuit half-open: trying Elasticsearch again")]
    private static partial void LogHalfOpen(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch answers again after {Failures} failed tries; draining the outbox")]
    private static partial void LogRecovered(ILogger logger, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} items refused with HTTP {Status}; resending them in {Delay}")]
    private static partial void LogItemsRetried(ILogger logger, int count, int status, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Set aside {Kind} {Id} for index {Index}: HTTP {Status} {Reason}")]
    private static partial void LogSetAside(ILogger logger, string kind, string id, string index, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulk request too large for the cluster; batches of {BatchSize} from now on")]
    private static partial void LogTooLarge(ILogger logger, int batchSize);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing loop failed; retrying later")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
