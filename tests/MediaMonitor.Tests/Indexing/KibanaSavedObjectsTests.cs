using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaMonitor.Indexing;

namespace MediaMonitor.Tests.Indexing;

/// <summary>
/// kibana/saved-objects.ndjson cannot be imported here (no Kibana), so what can be checked without one
/// is: every reference resolves, the data views name the indices the indexer writes, and every field
/// the dashboard and searches use exists in the index templates.
/// </summary>
public sealed partial class KibanaSavedObjectsTests
{
    private static readonly List<JsonObject> Objects = File.ReadLines(Path.Combine(RepositoryRoot.Path, "kibana", "saved-objects.ndjson"))
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonNode.Parse(l)!.AsObject())
        .ToList();

    // Data view id -> the template kind whose fields it shows.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["mediamonitor-measurements"] = "measurements",
        ["mediamonitor-signals"] = "signals",
        ["mediamonitor-changes"] = "changes",
        ["mediamonitor-incidents"] = "incidents",
    };

    [Fact]
    public void References_AllResolveToObjectsInTheFile()
    {
        var ids = Objects.Select(o => ((string)o["type"]!, (string)o["id"]!)).ToHashSet();
        var references = Objects.SelectMany(o => o["references"]?.AsArray() ?? []).Select(r => ((string)r!["type"]!, (string)r["id"]!)).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, ids));
        Assert.Contains(Objects, o => (string?)o["type"] == "dashboard" && (string?)o["attributes"]!["title"] == "Blocking trends");
    }

    [Fact]
    public void DataViews_NameTheIndicesTheIndexerWrites()
    {
        var names = new IndexNames("mediamonitor");
        var titles = Objects.Where(o => (string?)o["type"] == "index-pattern").ToDictionary(o => (string)o["id"]!, o => (string)o["attributes"]!["title"]!);

        Assert.Equal(names.Measurements + "-*", titles["mediamonitor-measurements"]);
        Assert.Equal(names.Signals + "-*", titles["mediamonitor-signals"]);
        Assert.Equal(names.Changes + "-*", titles["mediamonitor-changes"]);
        Assert.Equal(names.Incidents, titles["mediamonitor-incidents"]);
        Assert.Equal(titles["mediamonitor-measurements"], names.MeasurementsFor(DateTimeOffset.UnixEpoch).Replace("1970.01", "*", StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_UsedBySearchesAndPanels_ExistInTheTemplates()
    {
        var used = new List<(string Kind, string Field)>();
        foreach (var search in Objects.Where(o => (string?)o["type"] == "search"))
        {
            var kind = Kinds[(string)search["references"]![0]!["id"]!];
            var attributes = search["attributes"]!;
            used.AddRange(attributes["columns"]!.AsArray().Select(c => (kind, (string)c!)));
            used.AddRange(attributes["sort"]!.AsArray().Select(s => (kind, (string)s![0]!)));
            var source = JsonNode.Parse((string)attributes["kibanaSavedObjectMeta"]!["searchSourceJSON"]!)!;
            used.AddRange(QueryFields((string)source["query"]!["query"]!).Select(f => (kind, f)));
        }

        foreach (var panel in Objects.Where(o => (string?)o["type"] == "dashboard").SelectMany(d => JsonNode.Parse((string)d["attributes"]!["panelsJSON"]!)!.AsArray()))
        {
            var lens = panel!["embeddableConfig"]?["attributes"];
            if (lens is null)
            {
                continue;
            }

            var kind = Kinds[(string)lens["references"]![0]!["id"]!];
            used.AddRange(Strings(lens["state"]!["datasourceStates"]!, "sourceField").Where(f => f != "___records___").Select(f => (kind, f)));
            used.AddRange(QueryFields((string)lens["state"]!["query"]!["query"]!).Select(f => (kind, f)));
        }

        Assert.True(used.Count > 20, $"only {used.Count} field uses found: the file's shape changed");
        foreach (var (kind, field) in used)
        {
            var mapping = JsonNode.Parse(IndexTemplates.MappingFor(kind))!["properties"]!;
            Assert.True(mapping[field] is not null, $"{kind}: field '{field}' used by Kibana is not in the template");
        }
    }

    private static IEnumerable<string> QueryFields(string kuery) => FieldInQuery().Matches(kuery).Select(m => m.Groups[1].Value);

    private static IEnumerable<string> Strings(JsonNode node, string name) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == name && p.Value is JsonValue v ? [(string)v!] : p.Value is null ? [] : Strings(p.Value, name)),
        JsonArray a => a.SelectMany(i => i is null ? [] : Strings(i, name)),
        _ => [],
    };

    [GeneratedRegex(@"([A-Za-z_@][\w.]*)\s*:")]
    private static partial Regex FieldInQuery();
}
