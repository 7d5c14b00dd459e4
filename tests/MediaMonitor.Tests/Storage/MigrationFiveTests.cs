using MediaMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Tests.Storage;

/// <summary>Schema 5 on a store written by schema 4: trend columns filled from the documents, retried attempts marked, content changes queued.</summary>
public sealed class MigrationFiveTests : IDisposable
{
    private readonly TestConfig _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public async Task Initialize_StoreAtSchemaFour_FillsCountryNetworkRetriedAndQueuesChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_config.DataFolder);
        using (var connection = new SqliteConnection($"Data Source={_config.StorePath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Join('\n', Migrations.All.Where(m => m.Version <= 4).Select(m => m.Sql)) + """

                PRAGMA user_version = 4;
                INSERT INTO measurements (id, started_at, url, host, vantage, total_ms, redirects, document, attempt, verdict, method)
                VALUES ('a1', '2026-11-02T10:00:00.0000000Z', 'https://vlast.kz/', 'vlast.kz', 'kz-1', 1, 0, '{"vantage_country":"KZ","vantage_network":"AS9198"}', 1, 'blocked', 'dns'),
                       ('a2', '2026-11-02T10:00:05.0000000Z', 'https://vlast.kz/', 'vlast.kz', 'kz-1', 1, 0, '{"vantage_country":"KZ","vantage_network":"AS9198"}', 2, 'blocked', 'dns'),
                       ('b1', '2026-11-02T12:00:00.0000000Z', 'https://vlast.kz/', 'vlast.kz', 'kz-1', 1, 0, '{}', 1, 'ok', NULL);
                INSERT INTO snapshots (id, url, role, fetched_at, outcome, change_kind) VALUES
                    ('s1', 'https://vlast.kz/', 'page', '2026-11-02T10:00:00.0000000Z', 'good', 'none'),
                    ('s2', 'https://vlast.kz/', 'page', '2026-11-03T10:00:00.0000000Z', 'good', 'major');
                """;
            command.ExecuteNonQuery();
        }

        await using (var store = StoreFactory.Create(_config.DataFolder))
        {
            await store.InitializeAsync(ct);
        }

        var rows = SqliteQuery.Rows(_config.StorePath, "SELECT id, country, network, retried FROM measurements ORDER BY id");
        Assert.Equal(
            [("a1", "KZ", "AS9198", 1L), ("a2", "KZ", "AS9198", 0L), ("b1", "ZZ", "AS0", 0L)],
            rows.Select(r => ((string)r["id"]!, r["country"] as string, r["network"] as string, (long)r["retried"]!)).ToArray());
        Assert.Equal("s2", SqliteQuery.Scalar(_config.StorePath, "SELECT group_concat(entity_id) FROM outbox WHERE kind = 'change'"));
        Assert.Equal(5L, SqliteQuery.Scalar(_config.StorePath, "PRAGMA user_version"));
    }
}
