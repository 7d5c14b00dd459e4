namespace MediaMonitor.Trends;

/// <summary>
/// What a researcher asks: counts of measurements per time bucket (<see cref="Grain"/>) and per value of
/// one or two dimensions (<see cref="By"/>), between <see cref="Since"/> (inclusive) and <see cref="Until"/>
/// (exclusive), optionally only where dimensions have given values (<see cref="Where"/>).
/// </summary>
public sealed record TrendQuery(string Grain, IReadOnlyList<string> By, DateTimeOffset Since, DateTimeOffset Until)
{
    public IReadOnlyDictionary<string, string> Where { get; init; } = new Dictionary<string, string>();

    public static readonly IReadOnlyList<string> Grains = ["hour", "day", "week", "month"];

    /// <summary>The dimensions, with the store column and the index field of each.</summary>
    public static readonly IReadOnlyDictionary<string, (string Column, string Field)> Dimensions = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["outlet"] = ("outlet", "outlet"),
        ["domain"] = ("host", "domain"),
        ["category"] = ("category", "category"),
        ["country"] = ("country", "country"),
        ["vantage"] = ("vantage", "vantage"),
        ["network"] = ("network", "network"),
        ["method"] = ("method", "method"),
    };

    /// <summary>Problems with the query, in words for the command line; empty when it can run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Grains.Contains(Grain, StringComparer.Ordinal))
        {
            problems.Add($"grain '{Grain}' is not one of {string.Join(", ", Grains)}");
        }

        if (By.Count > 2)
        {
            problems.Add($"at most two dimensions to group by, got {By.Count}");
        }

        foreach (var name in By.Concat(Where.Keys).Where(n => !Dimensions.ContainsKey(n)).Distinct(StringComparer.Ordinal))
        {
            problems.Add($"'{name}' is not a dimension; use {string.Join(", ", Dimensions.Keys)}");
        }

        if (By.Distinct(StringComparer.Ordinal).Count() != By.Count)
        {
            problems.Add("the same dimension twice");
        }

        if (Until <= Since)
        {
            problems.Add($"--until ({Until:yyyy-MM-dd HH:mm}) must be after --since ({Since:yyyy-MM-dd HH:mm})");
        }

        return problems;
    }

    /// <summary>The start of the bucket <paramref name="at"/> falls in: hours, UTC days, ISO weeks from Monday, calendar months.</summary>
    public static DateTimeOffset BucketOf(string grain, DateTimeOffset at)
    {
        var t = at.UtcDateTime;
        return grain switch
        {
            "hour" => new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero),
            "day" => new DateTimeOffset(t.Date, TimeSpan.Zero),
            "week" => new DateTimeOffset(t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)), TimeSpan.Zero),
            "month" => new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero),
            _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, "unknown grain"),
        };
    }
}
