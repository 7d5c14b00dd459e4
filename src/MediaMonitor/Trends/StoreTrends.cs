using System.Globalization;
using System.Text;
using MediaMonitor.Storage;

namespace MediaMonitor.Trends;

/// <summary>Trends in SQL over the store's measurements: always available, no index needed.</summary>
public sealed class StoreTrends(SqliteStore store) : ITrendSource
{
    public string Name => "store";

    public async Task<IReadOnlyList<TrendRow>> QueryAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        var problems = query.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }

        var bucket = query.Grain switch
        {
            "hour" => "substr(started_at, 1, 13) || ':00:00Z'",
            "day" => "substr(started_at, 1, 10) || 'T00:00:00Z'",
            "week" => "date(substr(started_at, 1, 10), '-6 days', 'weekday 1') || 'T00:00:00Z'",
            _ => "substr(started_at, 1, 7) || '-01T00:00:00Z'",
        };
        var columns = query.By.Select(d => TrendQuery.Dimensions[d].Column).ToList();
        var sql = new StringBuilder();
        sql.Append("SELECT ").Append(bucket).Append(" AS bucket");
        foreach (var column in columns)
        {
            sql.Append(", ").Append(column);
        }

        sql.Append("""
            , count(*),
              count(CASE WHEN verdict = 'ok' THEN 1 END),
              count(CASE WHEN verdict IN ('blocked', 'unknown') THEN 1 END),
              count(CASE WHEN verdict = 'blocked' AND method = 'blockpage' THEN 1 END),
              count(CASE WHEN verdict IS NULL OR verdict = 'down' THEN 1 END)
            FROM measurements
            WHERE retried = 0 AND started_at >= $since AND started_at < $until
            """);
        var i = 0;
        foreach (var (dimension, _) in query.Where)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {TrendQuery.Dimensions[dimension].Column} = $w{i++}");
        }

        var groups = string.Join(", ", columns.Prepend("bucket"));
        sql.Append(" GROUP BY ").Append(groups).Append(" ORDER BY ").Append(groups);

        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("$since", SqliteStore.Iso(query.Since));
        command.Parameters.AddWithValue("$until", SqliteStore.Iso(query.Until));
        i = 0;
        foreach (var (_, value) in query.Where)
        {
            command.Parameters.AddWithValue($"$w{i++}", value);
        }

        var rows = new List<TrendRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var keys = new string?[columns.Count];
            for (var k = 0; k < keys.Length; k++)
            {
                keys[k] = reader.IsDBNull(1 + k) ? null : reader.GetString(1 + k);
            }

            var n = 1 + columns.Count;
            rows.Add(new TrendRow(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                keys,
                reader.GetInt64(n),
                reader.GetInt64(n + 1),
                reader.GetInt64(n + 2),
                reader.GetInt64(n + 3),
                reader.GetInt64(n + 4)));
        }

        return rows;
    }
}
