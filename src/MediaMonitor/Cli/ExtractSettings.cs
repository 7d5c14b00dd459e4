using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

public sealed class ExtractSettings : GlobalSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description(".html or .html.gz files, or folders of them (searched recursively).")]
    public string[] Paths { get; set; } = [];

    [CommandOption("--out <FILE>")]
    [Description("The JSON file to write: {\"NAME\": {\"title\": ..., \"articleBody\": ...}, ...}, NAME being the file name without .html(.gz).")]
    public string? Out { get; set; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE is required") : ValidationResult.Success();
}
