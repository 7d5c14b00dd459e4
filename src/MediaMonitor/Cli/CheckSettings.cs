using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

public sealed class CheckSettings : GlobalSettings
{
    [CommandArgument(0, "[URL]")]
    [Description("URLs to check (http or https).")]
    public string[] Urls { get; set; } = [];

    [CommandOption("--list <FILE>")]
    [Description("Also check the URLs in FILE: a Citizen Lab CSV (url,category_code,...) or one URL per line (# starts a comment).")]
    public string? ListFile { get; set; }

    [CommandOption("--json")]
    [Description("Print one JSON object per line (JSON Lines) instead of a table. Fields are documented in the README.")]
    public bool Json { get; set; }

    [CommandOption("--vantage <NAME>")]
    [Description("Vantage to measure from (see Monitor:Vantages). Default: Monitor:DefaultVantage.")]
    public string? Vantage { get; set; }

    [CommandOption("--control <URL>")]
    [Description("Compare with this control helper (`mediamonitor control-helper`), e.g. http://helper.example:9080/. Default: Monitor:Control.")]
    public string? Control { get; set; }

    [CommandOption("--control-vantage <NAME>")]
    [Description("Compare with another configured vantage instead of a helper.")]
    public string? ControlVantage { get; set; }

    [CommandOption("--no-store")]
    [Description("Do not write the measurements to the store.")]
    public bool NoStore { get; set; }

    public override ValidationResult Validate()
    {
        if (Urls.Length == 0 && ListFile is null)
        {
            return ValidationResult.Error("Give at least one URL, or --list FILE.");
        }

        if (Control is not null && (!Uri.TryCreate(Control, UriKind.Absolute, out var control) || (control.Scheme != Uri.UriSchemeHttp && control.Scheme != Uri.UriSchemeHttps)))
        {
            return ValidationResult.Error($"--control: '{Control}' is not an http(s) URL of a control helper");
        }

        return Control is not null && ControlVantage is not null
            ? ValidationResult.Error("Give --control or --control-vantage, not both.")
            : ValidationResult.Success();
    }
}
