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

    public IndexNames Names => names;

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
            bytes += (action.Source?.Length ?? 0) + action.Index.Length + action.EntityId.Length + 48;
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
        try
        {
            return Build(r, seq, kind, id);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or InvalidCastException or ArgumentException)
        {
            // One unreadable row must not hold every finding behind it: it is set aside with the reason.
            return new IndexAction(seq, kind, id, "", null) { Problem = $"stored {kind} document unreadable: {ex.Message}" };
        }
    }

    private IndexAction Build(SqliteDataReader r, long seq, string kind, string id)
    {
        switch (kind)
        {
            case "measurement" when !r.IsDBNull(3):
                // The store's times are ISO 8601 UTC already: used as they are, not parsed (the hot path).
                var startedAt = r.GetString(3);
                return new IndexAction(seq, kind, id, names.MeasurementsFor(startedAt), Write(w => Measurement(w, r, id, startedAt)));
            case "signal" when !r.IsDBNull(30):
                var signal = SignalJson.Deserialize(r.GetString(30)) ?? throw new JsonException($"signal {id}: empty document");
                return new IndexAction(seq, kind, id, names.SignalsFor(signal.DetectedAt), Write(w => Signal(w, signal)));
            case "change" when !r.IsDBNull(31):
                var fetchedAt = Time(r.GetString(31));
                return new IndexAction(seq, kind, id, names.ChangesFor(fetchedAt), Write(w => Change(w, r, id, fetchedAt)));
            default:
                // A kind this indexer does not know, or a finding no longer in the store.
                return new IndexAction(seq, kind, id, "", null) { Problem = $"no {kind} with id {id} in the store" };
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

    private static void Measurement(Utf8JsonWriter w, SqliteDataReader r, string id, string startedAt)
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
        FromDocument(w, r.GetFieldValue<byte[]>(29));
    }

    // The parts of a measurement kept only in its JSON document: addresses, TLS, the verdict's evidence.
    // Read with a forward-only reader that skips everything else (the control measurement above all):
    // this runs once per finding and is most of the indexer's work.
    private static void FromDocument(Utf8JsonWriter w, ReadOnlySpan<byte> json)
    {
        var r = new Utf8JsonReader(json);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("dns"u8))
            {
                r.Read();
                ForEachProperty(ref r, (ref Utf8JsonReader v) =>
                {
                    if (v.ValueTextEquals("answers"u8))
                    {
                        v.Read();
                        if (v.TokenType != JsonTokenType.StartArray)
                        {
                            v.Skip();
                            return true;
                        }

                        var started = false;
                        while (v.Read() && v.TokenType == JsonTokenType.String)
                        {
                            var address = v.GetString()!;
                            if (System.Net.IPAddress.TryParse(address, out _))
                            {
                                if (!started)
                                {
                                    w.WriteStartArray("addresses");
                                    started = true;
                                }

                                w.WriteStringValue(address);
                            }
                        }

                        if (started)
                        {
                            w.WriteEndArray();
                        }

                        return true;
                    }

                    return false;
                });
            }
            else if (r.ValueTextEquals("tls"u8))
            {
                r.Read();
                ForEachProperty(ref r, (ref Utf8JsonReader v) =>
                {
                    if (v.ValueTextEquals("version"u8))
                    {
                        CopyString(ref v, w, "tls_version");
                        return true;
                    }

                    if (v.ValueTextEquals("chain"u8))
                    {
                        v.Read();
                        if (v.TokenType == JsonTokenType.StartArray && v.Read() && v.TokenType == JsonTokenType.StartObject)
                        {
                            // The leaf certificate: its issuer and fingerprint.
                            ForEachProperty(ref v, (ref Utf8JsonReader c) =>
                            {
                                var name = c.ValueTextEquals("issuer"u8) ? "certificate_issuer" : c.ValueTextEquals("sha256"u8) ? "certificate_sha256" : null;
                                if (name is null)
                                {
                                    return false;
                                }

                                CopyString(ref c, w, name);
                                return true;
                            });
                            while (v.Read() && v.TokenType != JsonTokenType.EndArray)
                            {
                                v.Skip();
                            }
                        }
                        else if (v.TokenType == JsonTokenType.StartArray)
                        {
                            // An empty chain: the reader stands on its end.
                        }
                        else
                        {
                            v.Skip();
                        }

                        return true;
                    }

                    return false;
                });
            }
            else if (r.ValueTextEquals("verdict"u8))
            {
                r.Read();
                ForEachProperty(ref r, (ref Utf8JsonReader v) =>
                {
                    if (v.ValueTextEquals("evidence"u8))
                    {
                        v.Read();
                        if (v.TokenType == JsonTokenType.StartArray)
                        {
                            w.WriteStartArray("evidence");
                            while (v.Read() && v.TokenType == JsonTokenType.String)
                            {
                                w.WriteStringValue(v.GetString());
                            }

                            w.WriteEndArray();
                        }

                        return true;
                    }

                    if (v.ValueTextEquals("server_side_block"u8))
                    {
                        CopyString(ref v, w, "server_side_block");
                        return true;
                    }

                    return false;
                });
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private delegate bool PropertyHandler(ref Utf8JsonReader reader);

    // The reader stands on a property name: writes its value under name when it is a string (a null is left out).
    private static void CopyString(ref Utf8JsonReader r, Utf8JsonWriter w, string name)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.String)
        {
            w.WriteString(name, r.GetString());
        }
        else
        {
            r.Skip();
        }
    }

    // Calls handle on each property of the object the reader stands on (or skips a null); a property
    // the handler does not take (returns false) is skipped. Leaves the reader on the object's end.
    private static void ForEachProperty(ref Utf8JsonReader r, PropertyHandler handle)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (!handle(ref r))
            {
                r.Read();
                r.Skip();
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
