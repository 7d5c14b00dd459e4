using System.Text.Json;
using MediaMonitor.Probing;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Storage;

/// <summary>The writer's prepared statements, reused across batches.</summary>
internal sealed class Statements : IDisposable
{
    private readonly SqliteCommand _measurement;
    private readonly SqliteCommand _outbox;
    private readonly SqliteCommand _cycle;

    public Statements(SqliteConnection connection)
    {
        _measurement = connection.CreateCommand();
        _measurement.CommandText = """
            INSERT INTO measurements (id, started_at, url, host, list, outlet, vantage, failure, failed_phase, http_status,
                body_length, body_sha256, title, dns_ms, connect_ms, tls_ms, first_byte_ms, total_ms, redirects, document,
                attempt, verdict, method, confidence, control_failure, category, country, network, retried)
            VALUES ($id, $started_at, $url, $host, $list, $outlet, $vantage, $failure, $failed_phase, $http_status,
                $body_length, $body_sha256, $title, $dns_ms, $connect_ms, $tls_ms, $first_byte_ms, $total_ms, $redirects, $document,
                $attempt, $verdict, $method, $confidence, $control_failure, $category, $country, $network, $retried)
            ON CONFLICT (id) DO NOTHING
            """;
        foreach (var name in new[] { "id", "started_at", "url", "host", "list", "outlet", "vantage", "failure", "failed_phase", "http_status", "body_length", "body_sha256", "title", "dns_ms", "connect_ms", "tls_ms", "first_byte_ms", "total_ms", "redirects", "document", "attempt", "verdict", "method", "confidence", "control_failure", "category", "country", "network", "retried" })
        {
            _measurement.Parameters.Add(new SqliteParameter("$" + name, null));
        }

        _outbox = connection.CreateCommand();
        _outbox.CommandText = "INSERT INTO outbox (kind, entity_id, created_at) VALUES ($kind, $entity_id, $created_at)";
        _outbox.Parameters.Add(new SqliteParameter("$kind", null));
        _outbox.Parameters.Add(new SqliteParameter("$entity_id", null));
        _outbox.Parameters.Add(new SqliteParameter("$created_at", null));

        _cycle = connection.CreateCommand();
        _cycle.CommandText = """
            INSERT INTO cycles (id, list, vantage, started_at, finished_at, targets, ok, failed, summary)
            VALUES ($id, $list, $vantage, $started_at, $finished_at, $targets, $ok, $failed, $summary)
            """;
        foreach (var name in new[] { "id", "list", "vantage", "started_at", "finished_at", "targets", "ok", "failed", "summary" })
        {
            _cycle.Parameters.Add(new SqliteParameter("$" + name, null));
        }
    }

    public void Enlist(SqliteTransaction transaction)
    {
        _measurement.Transaction = transaction;
        _outbox.Transaction = transaction;
        _cycle.Transaction = transaction;
    }

    public void InsertMeasurement(Measurement m, string document, DateTimeOffset now)
    {
        var p = _measurement.Parameters;
        Set(p, "$id", m.Id.ToString());
        Set(p, "$started_at", SqliteStore.Iso(m.StartedAt));
        Set(p, "$url", m.Url);
        Set(p, "$host", new Uri(m.Url).IdnHost);
        Set(p, "$list", m.List);
        Set(p, "$outlet", m.Outlet);
        Set(p, "$vantage", m.Vantage);
        Set(p, "$failure", m.Failure);
        Set(p, "$failed_phase", m.FailedPhase);
        Set(p, "$http_status", m.Http?.Status);
        Set(p, "$body_length", m.Http?.BodyLength);
        Set(p, "$body_sha256", m.Http?.BodySha256);
        Set(p, "$title", m.Http?.Title);
        Set(p, "$dns_ms", m.Timings.DnsMs);
        Set(p, "$connect_ms", m.Timings.ConnectMs);
        Set(p, "$tls_ms", m.Timings.TlsMs);
        Set(p, "$first_byte_ms", m.Timings.FirstByteMs);
        Set(p, "$total_ms", m.Timings.TotalMs);
        Set(p, "$redirects", m.Http?.Redirects.Count ?? 0);
        Set(p, "$document", document);
        Set(p, "$attempt", m.Attempt);
        Set(p, "$verdict", m.Verdict?.Status);
        Set(p, "$method", m.Verdict?.Method);
        Set(p, "$confidence", m.Verdict?.Confidence);
        Set(p, "$control_failure", m.Control?.Failure);
        Set(p, "$category", m.Category);
        Set(p, "$country", m.VantageCountry);
        Set(p, "$network", m.VantageNetwork);
        Set(p, "$retried", m.Retried ? 1 : 0);
        if (_measurement.ExecuteNonQuery() == 0)
        {
            // Already stored (a retried write): its outbox row is there too.
            return;
        }

        Set(_outbox.Parameters, "$kind", "measurement");
        Set(_outbox.Parameters, "$entity_id", m.Id.ToString());
        Set(_outbox.Parameters, "$created_at", SqliteStore.Iso(now));
        _outbox.ExecuteNonQuery();
    }

    public void InsertCycle(CycleRecord c)
    {
        var p = _cycle.Parameters;
        Set(p, "$id", c.Id.ToString());
        Set(p, "$list", c.List);
        Set(p, "$vantage", c.Vantage);
        Set(p, "$started_at", SqliteStore.Iso(c.StartedAt));
        Set(p, "$finished_at", SqliteStore.Iso(c.FinishedAt));
        Set(p, "$targets", c.Targets);
        Set(p, "$ok", c.Ok);
        Set(p, "$failed", c.Failed);
        Set(p, "$summary", JsonSerializer.Serialize(c.FailuresByName, StoreJson.Default.IReadOnlyDictionaryStringInt32));
        _cycle.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _measurement.Dispose();
        _outbox.Dispose();
        _cycle.Dispose();
    }

    private static void Set(SqliteParameterCollection parameters, string name, object? value) =>
        parameters[name].Value = value ?? DBNull.Value;
}
