using System.Globalization;

namespace MediaMonitor.Indexing;

/// <summary>
/// Where each finding goes. Time-based indices named by the finding's own time, not data streams:
/// a data stream keeps an _id unique only within one backing index, so a resend after a rollover would
/// index a second copy. Here a finding always lands in the same index under the same id.
/// </summary>
public sealed class IndexNames(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>Alias over every measurements index (the templates attach it).</summary>
    public string Measurements => $"{Prefix}-measurements";

    public string Signals => $"{Prefix}-signals";

    public string Changes => $"{Prefix}-changes";

    /// <summary>The incidents index: one document per incident, updated in place while it is open.</summary>
    public string Incidents => $"{Prefix}-incidents";

    public string RetentionPolicy => $"{Prefix}-measurements-retention";

    /// <summary>Monthly: raw measurements are the bulk of the data and are deleted by month.</summary>
    public string MeasurementsFor(DateTimeOffset at) => $"{Measurements}-{at.UtcDateTime.ToString("yyyy.MM", CultureInfo.InvariantCulture)}";

    /// <summary>The same, from the store's ISO 8601 UTC text ("2026-11-27T..."), without parsing it.</summary>
    public string MeasurementsFor(string isoUtc) => isoUtc.Length >= 7 && isoUtc[4] == '-'
        ? $"{Measurements}-{isoUtc[..4]}.{isoUtc[5..7]}"
        : MeasurementsFor(DateTimeOffset.Parse(isoUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    /// <summary>Yearly: signals are few and kept.</summary>
    public string SignalsFor(DateTimeOffset at) => $"{Signals}-{at.UtcDateTime.ToString("yyyy", CultureInfo.InvariantCulture)}";

    public string ChangesFor(DateTimeOffset at) => $"{Changes}-{at.UtcDateTime.ToString("yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>The month a measurements index holds (from its name), or null for any other index.</summary>
    public DateTimeOffset? MonthOf(string index) =>
        index.StartsWith(Measurements + "-", StringComparison.Ordinal)
        && DateTime.TryParseExact(index[(Measurements.Length + 1)..], "yyyy.MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month)
            ? new DateTimeOffset(month, TimeSpan.Zero)
            : null;

    /// <summary>The end of the month a measurements index holds: its age for the retention policy counts from there.</summary>
    public static DateTimeOffset MonthEnd(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
    }
}
