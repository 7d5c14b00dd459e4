using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Options of `trends`.</summary>
internal sealed class TrendsSettings : GlobalSettings
{
    [CommandOption("--grain <GRAIN>")]
    [Description("Time bucket: hour, day, week (from Monday) or month, in UTC. Default: day.")]
    [DefaultValue("day")]
    public string Grain { get; set; } = "day";

    [CommandOption("--by <DIMENSIONS>")]
    [Description("Group by one or two of outlet, domain, category, country, vantage, network, method, comma-separated (e.g. outlet,vantage). Default: time only.")]
    public string? By { get; set; }

    [CommandOption("--since <DATE>")]
    [Description("From this date (UTC, inclusive; yyyy-MM-dd or ISO 8601). Default: 30 days before --until.")]
    public string? Since { get; set; }

    [CommandOption("--until <DATE>")]
    [Description("Up to this date (UTC, exclusive). Default: now.")]
    public string? Until { get; set; }

    [CommandOption("--where <DIMENSION=VALUE>")]
    [Description("Only measurements whose dimension has this value, e.g. --where country=KZ. Repeatable.")]
    public string[] Where { get; set; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("table, csv or json (JSON Lines). Default: table.")]
    [DefaultValue("table")]
    public string Format { get; set; } = "table";

    [CommandOption("--source <SOURCE>")]
    [Description("store (SQL over the local store, always available) or elasticsearch (aggregations on the index). Default: store.")]
    [DefaultValue("store")]
    public string Source { get; set; } = "store";

    public override Spectre.Console.ValidationResult Validate()
    {
        if (Format is not ("table" or "csv" or "json"))
        {
            return Spectre.Console.ValidationResult.Error($"--format: '{Format}' is not table, csv or json");
        }

        if (Source is not ("store" or "elasticsearch"))
        {
            return Spectre.Console.ValidationResult.Error($"--source: '{Source}' is not store or elasticsearch");
        }

        foreach (var (name, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                return Spectre.Console.ValidationResult.Error($"{name}: '{value}' is not a date (use yyyy-MM-dd)");
            }
        }

        return Where.FirstOrDefault(w => !w.Contains('=', StringComparison.Ordinal)) is { } bad
            ? Spectre.Console.ValidationResult.Error($"--where: '{bad}' is not DIMENSION=VALUE")
            : Spectre.Console.ValidationResult.Success();
    }
}
