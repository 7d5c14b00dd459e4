namespace MediaMonitor.Scheduling;

/// <summary>How often one site list is checked: an interval or a Quartz cron expression, not both.</summary>
public sealed class ListSchedule
{
    /// <summary>Time between cycles, e.g. "00:30:00". At least one second.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>Quartz cron expression (seconds first), e.g. "0 0/15 * * * ?". Evaluated in UTC.</summary>
    public string? Cron { get; set; }
}
