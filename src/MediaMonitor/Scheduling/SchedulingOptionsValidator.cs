using Microsoft.Extensions.Options;
using Quartz;

namespace MediaMonitor.Scheduling;

[OptionsValidator]
internal sealed partial class SchedulingOptionsDataValidator : IValidateOptions<SchedulingOptions>;

internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    private readonly SchedulingOptionsDataValidator _data = new();

    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var result = _data.Validate(name, options);
        if (result.Failed)
        {
            return result;
        }

        var errors = new List<string>();
        if (options.DefaultInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Scheduling:DefaultInterval: must be at least 00:00:01");
        }

        if (options.Jitter < TimeSpan.Zero)
        {
            errors.Add("Scheduling:Jitter: must not be negative");
        }

        if (options.MisfireThreshold < TimeSpan.FromSeconds(1))
        {
            errors.Add("Scheduling:MisfireThreshold: must be at least 00:00:01");
        }

        foreach (var (list, schedule) in options.Lists)
        {
            var key = $"Scheduling:Lists:{list}";
            if (schedule.Interval is null == schedule.Cron is null)
            {
                errors.Add($"{key}: give exactly one of Interval or Cron");
            }
            else if (schedule.Interval is { } interval && interval < TimeSpan.FromSeconds(1))
            {
                errors.Add($"{key}:Interval: must be at least 00:00:01");
            }
            else if (schedule.Cron is { } cron && !CronExpression.TryParse(cron, out _))
            {
                errors.Add($"{key}:Cron: '{cron}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
            }
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
