using System.Buffers;
using System.Globalization;
using System.Text.Json;
using MediaMonitor.Analysis;
using MediaMonitor.Signals;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Indexing;

/// <summary>
/// Reads outbox rows after a sequence number, joined to their findings, and turns each into the
/// document the index templates describe. Document ids are the findings' own ids, so sending one
/// twice overwrites it instead of adding a copy.
/// </summary>
internal sealed class FindingDocuments(IndexNames names)
{
    // One query, one pass: the outbox row and, by its kind, the measurement, signal or snapshot it names.
    internal const string BatchQuery = """
        SELECT o.seq, o.kind, o.entity_id,
               m.started_at, m.url, m.host, m.list, m.outlet, m.category, m.country, m.network, m.vantage, m.attempt, m.retried,
               m.verdict, m.method, m.confidence, m.failure, m.failed_phase, m.control_failure, m.http_status, m.body_length,
               m.body_sha256, m.title, m.dns_ms, m.connect_ms, m.tls_ms, m.first_byte_ms, m.total_ms, m.document,
               s.document,
               sn.fetched_at, sn.url, sn.outlet, sn.list, sn.role, sn.outcome, sn.change_kind, sn.similarity, sn.http_status,
               sn.title, sn.text_sha256, sn.compared_with, sn.warc_file, sn.warc_offset
        FROM outbox o
        LEFT JOIN measurements m ON o.kind = 'measurement' AND m.id = o.entity_id
        LEFT JOIN signals s ON o.kind = 'signal' AND s.id = o.entity_id
        LEFT JOIN snapshots sn ON o.kind = 'change' AND sn.id = o.entity_id
        WHERE o.seq > $after
        ORDER BY o.seq
        LIMIT $limit
        """;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>Reads up to <paramref name="limit"/> outbox rows after <paramref name="afterSeq"/>, stopping before the row that would pass <paramref name="maxBytes"/>.</summary>
    public List<IndexAction> Read(SqliteConnection connection, long afterSeq, int limit, long maxBytes)
    {
        using var command = connection.CreateCommand();
        command.CommandText = BatchQuery;
        command.Parameters.AddWithValue("$after", afterSeq);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var actions = new List<IndexAction>();
        long bytes = 0;
        while (reader.Read())
        {
            var action = ToAction(reader);
            bytes += (action.Source?.Length ?? 0) + action.Index.Length + action.Id.Length + 48;
            if (bytes > maxBytes && actions.Count > 0)
            {
                break;
            }

            actions.Add(action);
        }

        return actions;
    }

    private IndexAction ToAction(SqliteDataReader r)
    {
        var seq = r.GetInt64(0);
        var kind = r.GetString(1);
        var id = r.GetString(2);
        switch (kind)
        {
            case "measurement" when !r.IsDBNull(3):
                var startedAt = Time(r.GetString(3));
                return new IndexAction(seq, kind, id, names.MeasurementsFor(startedAt), id, Write(w => Measurement(w, r, id, startedAt)));
            case "signal" when !r.IsDBNull(30):
                var signal = SignalJson.Deserialize(r.GetString(30)) ?? throw new JsonException($"signal {id}: empty document");
                return new IndexAction(seq, kind, id, names.SignalsFor(signal.DetectedAt), id, Write(w => Signal(w, signal)));
            case "change" when !r.IsDBNull(31):
                var fetchedAt = Time(r.GetString(31));
                return new IndexAction(seq, kind, id, names.ChangesFor(fetchedAt), id, Write(w => Change(w, r, id, fetchedAt)));
            default:
                // A kind this indexer does not know, or a finding no longer in the store.
                return new IndexAction(seq, kind, id, "", id, null);
        }
    }

    private byte[] Write(Action<Utf8JsonWriter> body)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return _buffer.WrittenSpan.ToArray();
    }

    private static void Measurement(Utf8JsonWriter w, SqliteDataReader r, string id, DateTimeOffset startedAt)
    {
        w.WriteString("@timestamp", startedAt);
        w.WriteString("measurement_id", id);
        w.WriteString("url", r.GetString(4));
        w.WriteString("domain", r.GetString(5));
        Str(w, "list", r, 6);
        Str(w, "outlet", r, 7);
        Str(w, "category", r, 8);
        Str(w, "country", r, 9);
        Str(w, "network", r, 10);
        w.WriteString("vantage", r.GetString(11));
        w.WriteNumber("attempt", r.GetInt64(12));
        w.WriteBoolean("retried", r.GetInt64(13) != 0);
        var verdict = r.IsDBNull(14) ? null : r.GetString(14);
        var method = r.IsDBNull(15) ? null : r.GetString(15);
        Str(w, "verdict", r, 14);
        Str(w, "method", r, 15);
        w.WriteString("outcome", Outcome(verdict));
        w.WriteBoolean("confirmed", IsConfirmed(verdict, method));
        Num(w, "confidence", r, 16);
        Str(w, "failure", r, 17);
        Str(w, "failed_phase", r, 18);
        Str(w, "control_failure", r, 19);
        Int(w, "http_status", r, 20);
        Int(w, "body_length", r, 21);
        Str(w, "body_sha256", r, 22);
        Str(w, "title", r, 23);
        w.WriteStartObject("timings");
        Num(w, "dns_ms", r, 24);
        Num(w, "connect_ms", r, 25);
        Num(w, "tls_ms", r, 26);
        Num(w, "first_byte_ms", r, 27);
        Num(w, "total_ms", r, 28);
        w.WriteEndObject();
        FromDocument(w, r.GetString(29));
    }

    // The parts of a measurement kept only in its JSON document: addresses, TLS, the verdict's evidence.
    private static void FromDocument(Utf8JsonWriter w, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("dns", out var dns) && dns.ValueKind == JsonValueKind.Object
            && dns.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Array)
        {
            var addresses = answers.EnumerateArray()
                .Select(a => a.GetString())
                .Where(a => a is not null && System.Net.IPAddress.TryParse(a, out _))
                .ToList();
            if (addresses.Count > 0)
            {
                w.WriteStartArray("addresses");
                foreach (var address in addresses)
                {
                    w.WriteStringValue(address);
                }

                w.WriteEndArray();
            }
        }

        if (root.TryGetProperty("tls", out var tls) && tls.ValueKind == JsonValueKind.Object)
        {
            if (tls.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
            {
                w.WriteString("tls_version", version.GetString());
            }

            if (tls.TryGetProperty("chain", out var chain) && chain.ValueKind == JsonValueKind.Array && chain.GetArrayLength() > 0)
            {
                var leaf = chain[0];
                if (leaf.TryGetProperty("issuer", out var issuer) && issuer.ValueKind == JsonValueKind.String)
                {
                    w.WriteString("certificate_issuer", issuer.GetString());
                }

                if (leaf.TryGetProperty("sha256", out var sha) && sha.ValueKind == JsonValueKind.String)
                {
                    w.WriteString("certificate_sha256", sha.GetString());
                }
            }
        }

        if (root.TryGetProperty("verdict", out var verdict) && verdict.ValueKind == JsonValueKind.Object)
        {
            if (verdict.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Array)
            {
                w.WriteStartArray("evidence");
                foreach (var line in evidence.EnumerateArray())
                {
                    w.WriteStringValue(line.GetString());
                }

                w.WriteEndArray();
            }

            if (verdict.TryGetProperty("server_side_block", out var block) && block.ValueKind == JsonValueKind.String)
            {
                w.WriteString("server_side_block", block.GetString());
            }
        }
    }

    private static void Signal(Utf8JsonWriter w, Signal s)
    {
        w.WriteString("@timestamp", s.DetectedAt);
        w.WriteString("signal_id", s.Id);
        w.WriteString("kind", s.Kind);
        w.WriteBoolean("legal", SignalKinds.IsLegal(s.Kind));
        w.WriteString("url", s.Url);
        w.WriteString("domain", Domain(s.Url));
        Opt(w, "outlet", s.Outlet);
        Opt(w, "list", s.List);
        Opt(w, "reason", s.Reason);
        Opt(w, "subject", s.Subject);
        Opt(w, "person", s.Person);
        Opt(w, "event_id", s.EventId);
        if (s.Confidence is { } confidence)
        {
            w.WriteNumber("confidence", confidence);
        }

        w.WriteString("summary", s.Summary);
        Opt(w, "evidence", s.Evidence ?? s.Previous?.Snippet);
        Opt(w, "title", s.Title ?? s.Previous?.Title ?? s.Current?.Title);
        if (s.PublishedAt is { } published)
        {
            w.WriteString("published_at", published);
        }

        if (s.Similarity is { } similarity)
        {
            w.WriteNumber("similarity", similarity);
        }

        if (s.Details is { } d)
        {
            w.WriteStartObject("details");
            Opt(w, "article", d.Article);
            if (d.Amount is { } amount)
            {
                w.WriteNumber("amount", amount);
            }

            Opt(w, "currency", d.Currency);
            Opt(w, "court", d.Court);
            Opt(w, "claimant", d.Claimant);
            w.WriteEndObject();
        }

        Opt(w, "snapshot_id", s.Current?.SnapshotId);
        Opt(w, "previous_snapshot_id", s.Previous?.SnapshotId);
        Opt(w, "text_sha256", s.Current?.TextSha256 ?? s.Previous?.TextSha256);
        var warc = s.Current?.WarcFile is not null ? s.Current : s.Previous;
        Opt(w, "warc_file", warc?.WarcFile);
        if (warc?.WarcOffset is { } offset)
        {
            w.WriteNumber("warc_offset", offset);
        }
    }

    private static void Change(Utf8JsonWriter w, SqliteDataReader r, string id, DateTimeOffset fetchedAt)
    {
        w.WriteString("@timestamp", fetchedAt);
        w.WriteString("snapshot_id", id);
        var url = r.GetString(32);
        w.WriteString("url", url);
        w.WriteString("domain", Domain(url));
        Str(w, "outlet", r, 33);
        Str(w, "list", r, 34);
        w.WriteString("role", r.GetString(35));
        w.WriteString("outcome", r.GetString(36));
        Str(w, "change", r, 37);
        Num(w, "similarity", r, 38);
        Int(w, "http_status", r, 39);
        Str(w, "title", r, 40);
        Str(w, "text_sha256", r, 41);
        Str(w, "compared_with", r, 42);
        Str(w, "warc_file", r, 43);
        Int(w, "warc_offset", r, 44);
    }

    /// <summary>OONI's grouping: ok; anomaly (blocked, or no usable control); failure (down everywhere, or not judged).</summary>
    internal static string Outcome(string? verdict) => verdict switch
    {
        VerdictStatus.Ok => "ok",
        VerdictStatus.Blocked or VerdictStatus.Unknown => "anomaly",
        _ => "failure",
    };

    /// <summary>Confirmed: blocked, and the answer matched a known blockpage or blocking-address fingerprint.</summary>
    internal static bool IsConfirmed(string? verdict, string? method) => verdict == VerdictStatus.Blocked && method == BlockingMethod.Blockpage;

    private static string Domain(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost : "";

    private static DateTimeOffset Time(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static void Str(Utf8JsonWriter w, string name, SqliteDataReader r, int i)
    {
        if (!r.IsDBNull(i))
        {
            w.WriteString(name, r.GetString(i));
        }
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Int(Utf8JsonWriter w, string name, SqliteDataReader r, int i)
    {
        if (!r.IsDBNull(i))
        {
            w.WriteNumber(name, r.GetInt64(i));
        }
    }

    private static void Num(Utf8JsonWriter w, string name, SqliteDataReader r, int i)
    {
        if (!r.IsDBNull(i))
        {
            w.WriteNumber(name, r.GetDouble(i));
        }
    }
}
