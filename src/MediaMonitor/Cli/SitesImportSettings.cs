using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

public sealed class SitesImportSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A Citizen Lab test list (CSV with url,category_code,category_description,date_added,source,notes).")]
    public string File { get; set; } = "";

    [CommandOption("--name <NAME>")]
    [Description("Name of the site list to write (config/sites/NAME.csv). Default: the file's name.")]
    public string? Name { get; set; }

    [CommandOption("--category <CODE>")]
    [Description("Keep only rows of these category codes (repeat the option), e.g. --category NEWS --category POLR.")]
    public string[] Categories { get; set; } = [];

    [CommandOption("--country <CC>")]
    [Description("Country given to outlets created for hosts no outlet lists yet. Default: ZZ (unknown).")]
    [DefaultValue("ZZ")]
    public string Country { get; set; } = "ZZ";

    [CommandOption("--force")]
    [Description("Overwrite config/sites/NAME.csv if it exists.")]
    public bool Force { get; set; }

    public override ValidationResult Validate() =>
        Country.Length == 2 && Country.All(char.IsAsciiLetterUpper)
            ? ValidationResult.Success()
            : ValidationResult.Error("--country takes an ISO 3166 alpha-2 code such as KZ");
}
