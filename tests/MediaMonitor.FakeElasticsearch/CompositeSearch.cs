using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MediaMonitor.FakeElasticsearch;

/// <summary>
/// Evaluates the one search shape the trend query sends, over the fake's documents: a bool filter of
/// range and term clauses, and a composite aggregation (date_histogram and terms sources, after_key
/// paging) with a terms and a filter sub-aggregation. Anything else is answered 400, so a change in the
/// query's shape fails the contract tests instead of passing unnoticed.
/// </summary>
internal static class CompositeSearch
{
    public static (int Status, string Body) Run(IEnumerable<JsonElement> documents, byte[] body)
    {
        try
        {
            using var request = JsonDocument.Parse(body);
            return (200, Evaluate(documents, request.RootElement));
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or JsonException)
        {
            return (400, $$"""{"error":{"type":"parsing_exception","reason":{{JsonSerializer.Serialize("the fake cannot evaluate this search: " + ex.Message)}}},"status":400}""");
        }
    }

    private static string Evaluate(IEnumerable<JsonElement> documents, JsonElement request)
    {
        var filters = request.GetProperty("query").GetProperty("bool").GetProperty("filter").EnumerateArray().ToList();
        var trend = request.GetProperty("aggs").GetProperty("trend");
        var composite = trend.GetProperty("composite");
        var size = composite.GetProperty("size").GetInt32();
        var sources = composite.GetProperty("sources").EnumerateArray().Select(s => s.EnumerateObject().Single()).ToList();
        var subAggs = trend.GetProperty("aggs");
        var outcomeField = subAggs.GetProperty("outcome").GetProperty("terms").GetProperty("field").GetString()!;
        var confirmedTerm = subAggs.GetProperty("confirmed").GetProperty("filter").GetProperty("term").EnumerateObject().Single();

        var groups = new SortedDictionary<Key, List<JsonElement>>();
        foreach (var doc in documents.Where(d => filters.All(f => Matches(d, f))))
        {
            var values = new List<object?>();
            foreach (var source in sources)
            {
                if (source.Value.TryGetProperty("date_histogram", out var histogram))
                {
                    var at = DateTimeOffset.Parse(doc.GetProperty(histogram.GetProperty("field").GetString()!).GetString()!, CultureInfo.InvariantCulture);
                    values.Add(Floor(at.UtcDateTime, histogram.GetProperty("calendar_interval").GetString()!));
                }
                else
                {
                    var terms = source.Value.GetProperty("terms");
                    var field = terms.GetProperty("field").GetString()!;
                    values.Add(doc.TryGetProperty(field, out var v) ? v.GetString() : null);
                }
            }

            var key = new Key(values);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(doc);
        }

        IEnumerable<KeyValuePair<Key, List<JsonElement>>> page = groups;
        if (composite.TryGetProperty("after", out var after))
        {
            var afterKey = new Key(sources.Select(s => (object?)(after.GetProperty(s.Name) switch
            {
                { ValueKind: JsonValueKind.Number } n => n.GetInt64(),
                { ValueKind: JsonValueKind.Null } => null,
                var x => x.GetString(),
            })).ToList());
            page = page.Where(g => g.Key.CompareTo(afterKey) > 0);
        }

        var taken = page.Take(size).ToList();
        var json = new StringBuilder("""{"took":1,"timed_out":false,"hits":{"hits":[]},"aggregations":{"trend":{""");
        if (taken.Count > 0)
        {
            json.Append("\"after_key\":").Append(KeyJson(sources, taken[^1].Key)).Append(',');
        }

        json.Append("\"buckets\":[");
        for (var i = 0; i < taken.Count; i++)
        {
            var (key, docs) = (taken[i].Key, taken[i].Value);
            var outcomes = docs.GroupBy(d => d.GetProperty(outcomeField).GetString()!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            var confirmed = docs.Count(d => d.TryGetProperty(confirmedTerm.Name, out var c) && c.ValueKind == confirmedTerm.Value.ValueKind);
            json.Append(i == 0 ? "" : ",")
                .Append("{\"key\":").Append(KeyJson(sources, key))
                .Append(CultureInfo.InvariantCulture, $",\"doc_count\":{docs.Count},\"outcome\":{{\"buckets\":[")
                .AppendJoin(',', outcomes.Select(g => string.Create(CultureInfo.InvariantCulture, $"{{\"key\":{JsonSerializer.Serialize(g.Key)},\"doc_count\":{g.Count()}}}")))
                .Append(CultureInfo.InvariantCulture, $"]}},\"confirmed\":{{\"doc_count\":{confirmed}}}}}");
        }

        return json.Append("]}}}").ToString();
    }

    private static bool Matches(JsonElement doc, JsonElement filter)
    {
        if (filter.TryGetProperty("range", out var range))
        {
            var clause = range.EnumerateObject().Single();
            var value = DateTimeOffset.Parse(doc.GetProperty(clause.Name).GetString()!, CultureInfo.InvariantCulture);
            var ok = true;
            if (clause.Value.TryGetProperty("gte", out var gte))
            {
                ok &= value >= DateTimeOffset.Parse(gte.GetString()!, CultureInfo.InvariantCulture);
            }

            if (clause.Value.TryGetProperty("lt", out var lt))
            {
                ok &= value < DateTimeOffset.Parse(lt.GetString()!, CultureInfo.InvariantCulture);
            }

            return ok;
        }

        var term = filter.GetProperty("term").EnumerateObject().Single();
        if (!doc.TryGetProperty(term.Name, out var actual))
        {
            return false;
        }

        return term.Value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False => actual.ValueKind == term.Value.ValueKind,
            _ => actual.ValueKind == JsonValueKind.String && actual.GetString() == term.Value.GetString(),
        };
    }

    private static long Floor(DateTime t, string interval) => new DateTimeOffset(interval switch
    {
        "hour" or "1h" => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, DateTimeKind.Utc),
        "day" or "1d" => t.Date,
        "week" or "1w" => t.Date.AddDays(t.DayOfWeek == DayOfWeek.Sunday ? -6 : -(int)t.DayOfWeek + 1),
        "month" or "1M" => new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc),
        _ => throw new FormatException($"calendar_interval {interval}"),
    }, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static string KeyJson(List<JsonProperty> sources, Key key) =>
        "{" + string.Join(',', sources.Select((s, i) => $"{JsonSerializer.Serialize(s.Name)}:{key.Values[i] switch { null => "null", long n => n.ToString(CultureInfo.InvariantCulture), var x => JsonSerializer.Serialize((string)x) }}")) + "}";

    // Composite keys sort source by source, ascending, a missing value first.
    private sealed record Key(List<object?> Values) : IComparable<Key>
    {
        public int CompareTo(Key? other)
        {
            for (var i = 0; i < Values.Count; i++)
            {
                var c = (Values[i], other!.Values[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    (long a, long b) => a.CompareTo(b),
                    (var a, var b) => string.CompareOrdinal((string)a, (string)b),
                };
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
