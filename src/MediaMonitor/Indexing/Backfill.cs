using MediaMonitor.Storage;

namespace MediaMonitor.Indexing;

/// <summary>Queues stored findings again, in time order, so the indexer re-sends them; their ids make the resend overwrite, not duplicate.</summary>
public static class Backfill
{
    public static async Task<(long Measurements, long Signals, long Changes)> QueueAsync(SqliteStore store, DateTimeOffset since, CancellationToken cancellationToken)
    {
        long measurements = 0, signals = 0, changes = 0;
        await store.WriteAsync(
            (connection, transaction) =>
            {
                long Queue(string sql)
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    command.Parameters.AddWithValue("$since", SqliteStore.Iso(since));
                    command.Parameters.AddWithValue("$now", SqliteStore.Iso(store.Now()));
                    return command.ExecuteNonQuery();
                }

                measurements = Queue("INSERT INTO outbox (kind, entity_id, created_at) SELECT 'measurement', id, $now FROM measurements WHERE started_at >= $since ORDER BY started_at");
                signals = Queue("INSERT INTO outbox (kind, entity_id, created_at) SELECT 'signal', id, $now FROM signals WHERE detected_at >= $since ORDER BY detected_at");
                changes = Queue("INSERT INTO outbox (kind, entity_id, created_at) SELECT 'change', id, $now FROM snapshots WHERE change_kind IS NOT NULL AND change_kind <> 'none' AND fetched_at >= $since ORDER BY fetched_at");
            },
            cancellationToken).ConfigureAwait(false);
        return (measurements, signals, changes);
    }
}
