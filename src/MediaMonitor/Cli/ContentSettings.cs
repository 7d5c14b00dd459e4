using System.ComponentModel;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Options of `content`.</summary>
internal sealed class ContentSettings : GlobalSettings
{
    [CommandOption("--list <NAME>")]
    [Description("Site list to work on (config/sites/NAME.csv). Default: every list.")]
    public string? List { get; set; }

    [CommandOption("--outlet <ID>")]
    [Description("Only this outlet (its id in config/outlets). Needs --list.")]
    public string? Outlet { get; set; }

    [CommandOption("--json")]
    [Description("Print the signals this pass raised as JSON Lines on stdout (snake_case, the store's document shape).")]
    public bool Json { get; set; }

    public override Spectre.Console.ValidationResult Validate() =>
        Outlet is not null && List is null
            ? Spectre.Console.ValidationResult.Error("--outlet needs --list")
            : Spectre.Console.ValidationResult.Success();
}
