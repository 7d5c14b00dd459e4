using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaMonitor.Content.Articles;

/// <summary>
/// Dates as feeds write them: RFC 822 (RSS <c>pubDate</c>) with the liberties real sites take, and
/// ISO 8601 / W3C-DTF (Atom, <c>dc:date</c>, sitemaps).
/// </summary>
internal static partial class FeedDates
{
    // Three-letter prefixes: English, and the Russian and Kazakh names some CMSs localise pubDate with.
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["янв"] = 1, ["фев"] = 2, ["мар"] = 3, ["апр"] = 4, ["мая"] = 5, ["май"] = 5, ["июн"] = 6,
        ["июл"] = 7, ["авг"] = 8, ["сен"] = 9, ["окт"] = 10, ["ноя"] = 11, ["дек"] = 12,
        ["қаң"] = 1, ["ақп"] = 2, ["нау"] = 3, ["сәу"] = 4, ["мам"] = 5, ["мау"] = 6,
        ["шіл"] = 7, ["там"] = 8, ["қыр"] = 9, ["қаз"] = 10, ["қар"] = 11, ["жел"] = 12,
    };

    // RFC 822's named zones plus the ones seen on sites in the region; offsets in hours.
    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["CET"] = 1, ["CEST"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3,
    };

    /// <summary>Reads an RFC 822 or ISO 8601 date; null when it is neither. A missing or unknown zone is taken as UTC.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return Rfc822().Match(text) is { Success: true } m ? FromRfc822(m) : FromIso(text);
    }

    private static DateTimeOffset? FromRfc822(Match m)
    {
        var monthName = m.Groups["month"].Value;
        if (monthName.Length < 3 || !Months.TryGetValue(monthName[..3], out var month))
        {
            return null;
        }

        var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var hour = m.Groups["hour"].Success ? int.Parse(m.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        var offset = Offset(m.Groups["zone"].Value);
        if (offset is null)
        {
            return null;
        }

        // A leap second is not representable; the second before it is close enough.
        return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset.Value);
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0)
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
            var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }

        return TimeSpan.FromHours(Zones.GetValueOrDefault(zone));
    }

    private static DateTimeOffset? FromIso(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value
            : null;

    // [Day-name[,]] day month year [hh:mm[:ss]] [zone]; the day name is optional (Russian CMSs often drop it)
    // and may be localised; month names may be full words.
    [GeneratedRegex(
        @"^(?:\p{L}+\.?\s*,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>\p{L}+)\.?[\s-]+(?<year>\d{4}|\d{2})(?:,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?)?\s*(?<zone>[+-]\d{2}:?\d{2}|\p{L}{1,5})?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();
}
