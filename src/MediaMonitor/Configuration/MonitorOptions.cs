using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Configuration;

/// <summary>Who runs this monitor, and where it measures from.</summary>
public sealed class MonitorOptions
{
    public const string SectionName = "Monitor";

    /// <summary>Vantage used by scheduled checks and by `check` without --vantage. Default "local".</summary>
    [Required]
    public string DefaultVantage { get; set; } = "local";

    /// <summary>Configured vantages; at least one.</summary>
    [Required, MinLength(1)]
    [ValidateEnumeratedItems]
    public List<VantageOptions> Vantages { get; set; } = [];

    /// <summary>The control every measurement is compared with.</summary>
    [ValidateObjectMembers]
    public ControlOptions Control { get; set; } = new();

    /// <summary>Re-measuring suspected blocks.</summary>
    [ValidateObjectMembers]
    public RetryOptions Retry { get; set; } = new();

    public VantageOptions? Find(string name) => Vantages.FirstOrDefault(v => v.Name == name);
}
