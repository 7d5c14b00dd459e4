using System.Globalization;
using System.Text.Json.Nodes;
using MediaMonitor.Configuration;

namespace MediaMonitor.Indexing;

/// <summary>
/// The index design as request bodies: component templates (settings, common fields, one per kind
/// of finding), the composable index templates that combine them, and the retention policy. The JSON
/// lives in Indexing/Templates/ so a researcher can read the mappings without reading C#.
/// </summary>
public sealed class IndexTemplates(ElasticsearchOptions options)
{
    /// <summary>The kinds of finding, each with its own component template and index pattern.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["measurements", "signals", "changes", "incidents"];

    private readonly IndexNames _names = new(options.IndexPrefix);

    public IndexNames Names => _names;

    /// <summary>Component template names in the order they are created: settings, common, then one per kind.</summary>
    public IEnumerable<(string Name, string Body)> ComponentTemplates()
    {
        yield return ($"{_names.Prefix}-settings", Resource("settings").Replace("\"{{replicas}}\"", options.Replicas.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        yield return ($"{_names.Prefix}-common", Resource("common"));
        foreach (var kind in Kinds)
        {
            yield return ($"{_names.Prefix}-{kind}", Resource(kind));
        }
    }

    public IEnumerable<(string Name, string Body)> IndexTemplateBodies()
    {
        foreach (var kind in Kinds)
        {
            var alias = $"{_names.Prefix}-{kind}";
            var template = new JsonObject();
            var settings = new JsonObject();
            if (kind == "measurements")
            {
                settings["index.lifecycle.name"] = _names.RetentionPolicy;
            }

            template["settings"] = settings;

            // Incidents live in one index named like the alias would be, so it gets no alias.
            if (kind != "incidents")
            {
                template["aliases"] = new JsonObject { [alias] = new JsonObject() };
            }

            var body = new JsonObject
            {
                ["index_patterns"] = new JsonArray(kind == "incidents" ? _names.Incidents : $"{alias}-*"),
                ["composed_of"] = new JsonArray($"{_names.Prefix}-settings", $"{_names.Prefix}-common", $"{_names.Prefix}-{kind}"),
                ["priority"] = 200,
                ["template"] = template,
                ["_meta"] = new JsonObject { ["managed_by"] = "mediamonitor", ["schema"] = SchemaVersion },
            };
            yield return (alias, body.ToJsonString());
        }
    }

    public string RetentionPolicyBody() => Resource("retention-policy").Replace("{{retention}}", Duration(options.MeasurementRetention), StringComparison.Ordinal);

    /// <summary>The mappings (common fields and the kind's own) to apply to indices that already exist.</summary>
    public static string MappingFor(string kind)
    {
        var common = JsonNode.Parse(Resource("common"))!["template"]!["mappings"]!.AsObject();
        var own = JsonNode.Parse(Resource(kind))!["template"]!["mappings"]!["properties"]!.AsObject();
        var merged = (JsonObject)common.DeepClone();
        var properties = merged["properties"]!.AsObject();
        foreach (var (name, value) in own)
        {
            properties[name] = value!.DeepClone();
        }

        return merged.ToJsonString();
    }

    /// <summary>Bumped when a mapping changes; written to each index template's _meta, so one can tell which version set it up.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Whole days as "365d", anything shorter in hours ("36h"), as ILM's min_age wants.</summary>
    internal static string Duration(TimeSpan span) => span.Ticks % TimeSpan.TicksPerDay == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalDays}d")
        : string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(span.TotalHours)}h");

    internal static string Resource(string name)
    {
        using var stream = typeof(IndexTemplates).Assembly.GetManifestResourceStream($"MediaMonitor.Indexing.Templates.{name}.json")
            ?? throw new InvalidOperationException($"embedded template {name}.json is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
