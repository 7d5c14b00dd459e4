using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>How a suspected block is measured again before the verdict is final.</summary>
public sealed class RetryOptions
{
    /// <summary>Measurements of a suspected block in all, the first included. Default 3; 1 turns re-measuring off.</summary>
    [Range(1, 10)]
    public int Attempts { get; set; } = 3;

    /// <summary>Wait between attempts. Default 5 seconds.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(5);
}
