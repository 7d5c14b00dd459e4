using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Options of `index backfill`.</summary>
internal sealed class IndexBackfillSettings : GlobalSettings
{
    [CommandOption("--since <DATE>")]
    [Description("Re-send findings from this date (UTC; yyyy-MM-dd or an ISO 8601 time) on. Required.")]
    public string? Since { get; set; }

    public DateTimeOffset SinceValue => DateTimeOffset.Parse(Since!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override Spectre.Console.ValidationResult Validate() =>
        Since is null ? Spectre.Console.ValidationResult.Error("--since DATE is required")
        : !DateTimeOffset.TryParse(Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) ? Spectre.Console.ValidationResult.Error($"--since: '{Since}' is not a date (use yyyy-MM-dd)")
        : Spectre.Console.ValidationResult.Success();
}
