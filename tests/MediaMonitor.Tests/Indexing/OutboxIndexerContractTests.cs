using System.Text.Json;
using System.Text.Json.Nodes;
using MediaMonitor.Analysis;
using MediaMonitor.FakeElasticsearch;
using MediaMonitor.Indexing;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Indexing;

/// <summary>Contract tests: the indexer and the real client against the in-process fake of the Elasticsearch REST API.</summary>
public sealed class OutboxIndexerContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DrainAsync_AgainstFakeApi_SendsEveryFindingAsNdjsonUnderItsOwnIdInMonthlyIndices()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync(configure: o => o.BatchSize = 4);
        var stored = new List<MediaMonitor.Probing.Measurement>();
        for (var i = 0; i < 10; i++)
        {
            var m = IndexingHarness.Sample(T0.AddDays(i), verdict: i % 3 == 0 ? VerdictStatus.Blocked : VerdictStatus.Ok, method: i % 3 == 0 ? BlockingMethod.Blockpage : null);
            stored.Add(m);
            await h.Store.AppendAsync(m, ct);
        }

        var result = await h.Indexer().DrainAsync(stopWhenUnavailable: true, progress: null, ct);

        Assert.Equal((10L, 0L, 0L, false), (result.Indexed, result.SetAside, result.Waiting, result.ClusterUnavailable));
        var bulks = h.Es.RequestsTo("POST", "/_bulk").ToList();
        Assert.Equal(3, bulks.Count);
        Assert.All(bulks, b => Assert.StartsWith("application/vnd.elasticsearch+x-ndjson", b.ContentType, StringComparison.Ordinal));

        // Action and source lines alternate, in outbox order.
        var lines = bulks.SelectMany(b => b.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(20, lines.Count);
        for (var i = 0; i < 10; i++)
        {
            var action = JsonNode.Parse(lines[2 * i])!["index"]!;
            Assert.Equal(stored[i].Id.ToString(), (string?)action["_id"]);
            Assert.Equal(stored[i].StartedAt.Month == 10 ? "mm-measurements-2026.10" : "mm-measurements-2026.11", (string?)action["_index"]);
        }

        var doc = JsonNode.Parse(h.Es.Indices["mm-measurements-2026.10"][stored[0].Id.ToString()])!;
        Assert.Equal("vlast", (string?)doc["outlet"]);
        Assert.Equal("vlast.kz", (string?)doc["domain"]);
        Assert.Equal("KZ", (string?)doc["country"]);
        Assert.Equal("AS9198", (string?)doc["network"]);
        Assert.Equal("NEWS", (string?)doc["category"]);
        Assert.Equal("anomaly", (string?)doc["outcome"]);
        Assert.True((bool)doc["confirmed"]!);
        Assert.Equal(["127.0.0.9", "::1"], doc["addresses"]!.AsArray().Select(a => (string)a!).ToArray());
        Assert.Equal("verdict blocked by blockpage", (string?)doc["evidence"]![0]);
        Assert.Equal(T0, DateTimeOffset.Parse((string)doc["@timestamp"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, await h.Indexer().WaitingAsync(ct));

        // Each index is made before its first document; a measurements index ages from its month's end.
        var created = h.Es.RequestsTo("PUT", "/mm-measurements-2026.10").Single();
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), (long)JsonNode.Parse(created.Body)!["settings"]!["index.lifecycle.origination_date"]!);
        Assert.Single(h.Es.RequestsTo("PUT", "/mm-measurements-2026.11"));
    }

    [Fact]
    public async Task DrainAsync_ItemRefusedForAMissingPrivilege_HoldsTheOutboxInsteadOfSettingItAside()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await h.Store.AppendAsync(IndexingHarness.Sample(T0.AddMinutes(i)), ct);
        }

        h.Es.ItemFaults = (_, _, _) => new ItemFault(403, "security_exception", "action [indices:data/write/bulk[s]] is unauthorized for API key");
        var refused = await h.Indexer().DrainAsync(true, null, ct);

        Assert.True(refused.ClusterUnavailable);
        Assert.Equal((0L, 0L, 3L), (refused.Indexed, refused.SetAside, refused.Waiting));
        Assert.Contains("security_exception", refused.LastError, StringComparison.Ordinal);

        h.Es.ItemFaults = null;
        var fixedUp = await h.Indexer().DrainAsync(true, null, ct);
        Assert.Equal((3L, 0L, 0L), (fixedUp.Indexed, fixedUp.SetAside, fixedUp.Waiting));
    }

    [Fact]
    public async Task DrainAsync_ItemsRefusedWith429Again_FailTheBatchAfterFiveTriesAndKeepItWaiting()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Store.AppendAsync(IndexingHarness.Sample(T0), ct);
        h.Es.ItemFaults = (_, _, _) => new ItemFault(429, "es_rejected_execution_exception", "queue full");

        var result = await h.Indexer().DrainAsync(true, null, ct);

        Assert.True(result.ClusterUnavailable);
        Assert.Equal((0L, 1L), (result.Indexed, result.Waiting));
        Assert.Contains("still refused with HTTP 429 after 5 tries", result.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainAsync_UnreadableStoredDocument_IsSetAsideAndTheRestGoOn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Store.AppendAsync(IndexingHarness.Sample(T0), ct);
        await h.Store.WriteAsync(
            (c, tx) =>
            {
                using var command = c.CreateCommand();
                command.Transaction = tx;
                command.CommandText = """
                    INSERT INTO signals (id, kind, detected_at, url, document) VALUES ('broken', 'takedown', '2026-10-30T12:00:00.0000000Z', 'https://vlast.kz/a', '{"id": "broken", ');
                    INSERT INTO outbox (kind, entity_id, created_at) VALUES ('signal', 'broken', '2026-10-30T12:00:00.0000000Z');
                    """;
                command.ExecuteNonQuery();
            },
            ct);
        await h.Store.AppendAsync(IndexingHarness.Sample(T0.AddMinutes(1)), ct);

        var result = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal((2L, 1L, 0L), (result.Indexed, result.SetAside, result.Waiting));
        var reason = MediaMonitor.Tests.SqliteQuery.Scalar(h.Config.StorePath, "SELECT reason FROM index_rejects WHERE entity_id = 'broken'") as string;
        Assert.StartsWith("stored signal document unreadable", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainAsync_OneDocumentTooLarge_IsSetAsideAfterTheBatchesShrinkToOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await h.Store.AppendAsync(IndexingHarness.Sample(T0.AddMinutes(i)), ct);
        }

        // 413 until the batch is down to one document; that one is the culprit.
        h.Es.FailNextBulks(413, 413, 413);
        var result = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal((3L, 1L, 0L), (result.Indexed, result.SetAside, result.Waiting));
        Assert.Equal([4, 2, 1, 1, 2], h.Es.RequestsTo("POST", "/_bulk").Select(b => b.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length / 2).ToArray());
    }

    [Fact]
    public async Task DrainAsync_BackfillResend_OverwritesAndNeverDuplicates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await h.Store.AppendAsync(IndexingHarness.Sample(T0.AddHours(i)), ct);
        }

        await h.Indexer().DrainAsync(true, null, ct);
        var queued = await Backfill.QueueAsync(h.Store, T0.AddHours(2), ct);
        var again = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal(3, queued.Measurements);
        Assert.Equal(3, again.Indexed);
        Assert.Equal(5, h.Es.Indices["mm-measurements-2026.10"].Count);
        Assert.Equal(8, h.Es.BulkItems);
    }

    [Fact]
    public async Task DrainAsync_PartialBulkFailure_RetriesThe429AndSetsAsideTheMappingConflictWithItsReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        var ms = Enumerable.Range(0, 6).Select(i => IndexingHarness.Sample(T0.AddMinutes(i))).ToList();
        foreach (var m in ms)
        {
            await h.Store.AppendAsync(m, ct);
        }

        var conflict = ms[2].Id.ToString();
        var busy = ms[4].Id.ToString();
        var busyAnswers = 0;
        h.Es.ItemFaults = (_, id, _) =>
            id == conflict ? new ItemFault(400, "document_parsing_exception", "[1:42] failed to parse field [addresses] of type [ip]")
            : id == busy && busyAnswers++ < 2 ? new ItemFault(429, "es_rejected_execution_exception", "rejected execution of coordinating operation")
            : null;

        var result = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal((5L, 1L, 2L, 0L), (result.Indexed, result.SetAside, result.Retried, result.Waiting));
        Assert.Equal(5, h.Es.Indices["mm-measurements-2026.10"].Count);
        Assert.DoesNotContain(conflict, h.Es.Indices["mm-measurements-2026.10"].Keys);

        // The resends carried only the refused item, not the whole batch again.
        var bulks = h.Es.RequestsTo("POST", "/_bulk").ToList();
        Assert.Equal([12, 2, 2], bulks.Select(b => b.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).ToArray());

        using var connection = await h.Store.OpenAsync(ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, entity_id, index_name, status, reason FROM index_rejects";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("measurement", conflict, "mm-measurements-2026.10", 400L), (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        Assert.Equal("document_parsing_exception: [1:42] failed to parse field [addresses] of type [ip]", reader.GetString(4));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task DrainAsync_WholeRequest429And503_AreRetriedThenIndexed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Store.AppendAsync(IndexingHarness.Sample(T0), ct);
        h.Es.FailNextBulks(429, 503);

        var result = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal((1L, 0L, false), (result.Indexed, result.Waiting, result.ClusterUnavailable));
        Assert.Equal(3, h.Es.RequestsTo("POST", "/_bulk").Count());
    }

    [Fact]
    public async Task DrainAsync_ClusterDown_OpensTheCircuitAndLosesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync(configure: o => o.CircuitBreakAfter = 3);
        for (var i = 0; i < 7; i++)
        {
            await h.Store.AppendAsync(IndexingHarness.Sample(T0.AddMinutes(i)), ct);
        }

        h.Es.Down = true;
        var indexer = h.Indexer();
        var down = await indexer.DrainAsync(true, null, ct);

        Assert.True(down.ClusterUnavailable);
        Assert.True(indexer.CircuitOpen);
        Assert.Equal((0L, 7L), (down.Indexed, down.Waiting));
        Assert.Contains("no answer", down.LastError, StringComparison.Ordinal);
        Assert.Empty(h.Es.Indices);

        h.Es.Down = false;
        var up = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal((7L, 0L), (up.Indexed, up.Waiting));
        Assert.Equal(7, h.Es.Indices["mm-measurements-2026.10"].Count);
    }

    [Fact]
    public async Task DrainAsync_OutageOfHours_WaitsWithTheCircuitThenDrainsInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(T0);
        await using var h = await IndexingHarness.StartAsync(time, o =>
        {
            o.RetryDelay = TimeSpan.FromSeconds(1);
            o.MaxRetryDelay = TimeSpan.FromMinutes(5);
            o.BatchSize = 50;
        });
        var ids = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var m = IndexingHarness.Sample(T0.AddMinutes(i));
            ids.Add(m.Id.ToString());
            await h.Store.AppendAsync(m, ct);
        }

        h.Es.Down = true;
        var indexer = h.Indexer();
        var draining = indexer.DrainAsync(stopWhenUnavailable: false, progress: null, ct);

        // Three hours of outage on the fake clock, then the cluster comes back.
        while (!draining.IsCompleted)
        {
            if (h.Es.Down && time.GetUtcNow() > T0.AddHours(3))
            {
                Assert.Empty(h.Es.Indices);
                h.Es.Down = false;
            }

            time.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(1, ct);
        }

        var result = await draining;
        Assert.Equal((120L, 0L), (result.Indexed, result.Waiting));
        Assert.False(indexer.CircuitOpen);

        // With the circuit open at most every 5 minutes, three hours cost tens of tries, not thousands.
        var tries = h.Es.Requests.Count(r => r.Path == "/_bulk");
        Assert.InRange(tries, 3, 3 * 60 / 5 + 10);

        var sent = h.Es.RequestsTo("POST", "/_bulk").TakeLast(3)
            .SelectMany(b => b.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 0))
            .Select(l => (string)JsonNode.Parse(l)!["index"]!["_id"]!)
            .ToList();
        Assert.Equal(ids, sent);
    }

    [Fact]
    public async Task DrainAsync_SignalAndContentChange_AreIndexedWithTheirOwnDocuments()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        var repository = new MediaMonitor.Storage.ContentRepository(h.Store);
        var previous = FindingSamples.Snapshot(T0.AddDays(-1), "https://ratel.kz/news/1", change: "none");
        await repository.SaveCheckAsync(previous, null, [], ct);
        var snapshot = FindingSamples.Snapshot(T0, "https://ratel.kz/news/1", change: "major");
        await repository.SaveCheckAsync(snapshot, null, FindingSamples.LegalSignal(T0, snapshot, previous), ct);

        var result = await h.Indexer().DrainAsync(true, null, ct);

        Assert.Equal(2, result.Indexed);
        var signal = JsonNode.Parse(Assert.Single(h.Es.Indices["mm-signals-2026"].Values))!;
        Assert.Equal("lawsuit", (string?)signal["kind"]);
        Assert.True((bool)signal["legal"]!);
        Assert.Equal("ratel", (string?)signal["subject"]);
        Assert.Equal("KZT", (string?)signal["details"]!["currency"]);
        var change = JsonNode.Parse(Assert.Single(h.Es.Indices["mm-changes-2026"].Values))!;
        Assert.Equal("major", (string?)change["change"]);
        Assert.Equal(snapshot.Id.ToString(), (string?)change["snapshot_id"]);
    }

    [Fact]
    public async Task Documents_UseOnlyFieldsTheTemplatesMap()
    {
        // dynamic: strict refuses any unmapped field, so a field added to a document but not to its
        // template would be set aside in production: every field of every kind must be mapped.
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Store.AppendAsync(FindingSamples.FullMeasurement(T0), ct);
        var repository = new MediaMonitor.Storage.ContentRepository(h.Store);
        var previous = FindingSamples.Snapshot(T0.AddDays(-1), "https://ratel.kz/news/1", change: "none");
        await repository.SaveCheckAsync(previous, null, [], ct);
        var snapshot = FindingSamples.Snapshot(T0, "https://ratel.kz/news/1", change: "major");
        await repository.SaveCheckAsync(snapshot, null, FindingSamples.LegalSignal(T0, snapshot, previous), ct);
        await h.Indexer().DrainAsync(true, null, ct);

        var checkedFields = 0;
        foreach (var (index, kind) in new[] { ("mm-measurements-2026.10", "measurements"), ("mm-signals-2026", "signals"), ("mm-changes-2026", "changes") })
        {
            var mapping = JsonNode.Parse(IndexTemplates.MappingFor(kind))!["properties"]!.AsObject();
            var doc = Assert.Single(h.Es.Indices[index].Values);
            foreach (var path in Paths(JsonDocument.Parse(doc).RootElement, ""))
            {
                JsonNode? node = mapping;
                foreach (var part in path.Split('.'))
                {
                    node = node?[part] is { } p ? (p["properties"] ?? p) : null;
                }

                Assert.True(node is not null, $"{kind} document field '{path}' is not in the {kind} mapping");
                checkedFields++;
            }
        }

        Assert.True(checkedFields > 60, $"only {checkedFields} fields checked");
    }

    private static IEnumerable<string> Paths(JsonElement element, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in Paths(property.Value, path))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
