using System.ComponentModel;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Options of `signals scan`.</summary>
internal sealed class SignalsScanSettings : GlobalSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Text (.txt), HTML (.html, .htm) or gzipped HTML (.html.gz) files, or folders of them.")]
    public string[] Paths { get; set; } = [];

    [CommandOption("--json")]
    [Description("One JSON object per signal per line: file, kind, subject, confidence, evidence and the details. The default prints a table.")]
    public bool Json { get; set; }
}
