using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Scheduling;

/// <summary>When site lists are checked.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Interval for lists without an entry in <see cref="Lists"/>. Default one hour.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Each cycle starts after a random delay of up to this, so lists do not all fire at once. Default two minutes.</summary>
    public TimeSpan Jitter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A firing later than this counts as missed and follows the misfire policy (fire once now). Default one minute.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per-list schedules, by list name (the CSV file name without .csv).</summary>
    public Dictionary<string, ListSchedule> Lists { get; set; } = [];

    /// <summary>The scheduler's SQLite file, relative to the data folder. Default scheduler.db.</summary>
    [Required]
    public string SchedulerFile { get; set; } = "scheduler.db";

    /// <summary>Cycles of different lists that may run at once. Default 2.</summary>
    [Range(1, 64)]
    public int MaxConcurrentCycles { get; set; } = 2;
}
