namespace MediaMonitor.Configuration;

/// <summary>Where a target is measured for comparison: a control helper, or another configured vantage.</summary>
public sealed class ControlOptions
{
    /// <summary>URL of a `mediamonitor control-helper`, e.g. http://helper.example:9080/. Null: no helper.</summary>
    public Uri? HelperUrl { get; set; }

    /// <summary>Name of a configured vantage to use as control when there is no helper. Null: none.</summary>
    public string? Vantage { get; set; }

    /// <summary>Longest wait for the control's answer, in seconds. Default 60.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;
}
