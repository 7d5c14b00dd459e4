using System.ComponentModel;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Options every command takes.</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--config <DIR>")]
    [Description("Folder with mediamonitor.json, sites/ and outlets/. Default: ./config")]
    [DefaultValue("config")]
    public string ConfigFolder { get; set; } = "config";

    [CommandOption("--data <DIR>")]
    [Description("Folder for the store (SQLite), the scheduler database and logs. Default: ./data")]
    [DefaultValue("data")]
    public string DataFolder { get; set; } = "data";
}
