using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

public sealed class ControlHelperSettings : GlobalSettings
{
    [CommandOption("--listen <ADDR:PORT>")]
    [Description("Address and port to serve on. Default: 127.0.0.1:9080. The helper fetches any URL it is sent: bind it where only your probes reach it.")]
    [DefaultValue("127.0.0.1:9080")]
    public string Listen { get; set; } = "127.0.0.1:9080";

    [CommandOption("--allow-private")]
    [Description("Also measure URLs that lead to loopback or private addresses (off by default, so the helper cannot be used to reach the machines around it).")]
    public bool AllowPrivate { get; set; }

    public override ValidationResult Validate() =>
        IPEndPoint.TryParse(Listen, out var endpoint) && endpoint.Port > 0
            ? ValidationResult.Success()
            : ValidationResult.Error($"--listen: '{Listen}' is not ADDRESS:PORT (e.g. 0.0.0.0:9080 or [::]:9080)");
}
