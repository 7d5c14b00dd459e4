using MediaMonitor.Probing;

namespace MediaMonitor.Analysis;

/// <summary>
/// OONI Web Connectivity's comparison of two HTTP responses: body length proportion above 0.7,
/// shared uncommon header names, title words of five letters or more, and status codes compared
/// only when the control got 2xx. The page is accessible when the status matches and one of the
/// other three does.
/// </summary>
public sealed record HttpComparison(bool? StatusMatch, bool? BodyLengthMatch, double? BodyProportion, bool? HeadersMatch, bool? TitleMatch)
{
    public const double BodyProportionThreshold = 0.7;

    // Header names every server sends; only the rest say anything about who answered (OONI's list, plus a few).
    private static readonly HashSet<string> CommonHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "content-type", "server", "cache-control", "vary", "set-cookie", "location", "expires", "x-powered-by",
        "content-encoding", "last-modified", "accept-ranges", "pragma", "x-frame-options", "etag", "x-content-type-options",
        "age", "via", "p3p", "x-xss-protection", "content-language", "cf-ray", "strict-transport-security", "link",
        "x-varnish", "content-length", "connection", "transfer-encoding", "keep-alive",
    };

    public bool Accessible => StatusMatch != false && (BodyLengthMatch == true || HeadersMatch == true || TitleMatch == true);

    public static HttpComparison Compare(HttpResult probe, HttpResult control)
    {
        bool? status = control.Status is >= 200 and < 300 ? probe.Status == control.Status : null;

        double? proportion = null;
        bool? bodyMatch = null;
        if (probe.BodyLength > 0 && control.BodyLength > 0)
        {
            proportion = (double)Math.Min(probe.BodyLength, control.BodyLength) / Math.Max(probe.BodyLength, control.BodyLength);
            bodyMatch = proportion > BodyProportionThreshold || (probe.BodyTruncated && control.BodyTruncated);
        }

        var probeUncommon = probe.Headers.Keys.Where(h => !CommonHeaders.Contains(h)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var controlUncommon = control.Headers.Keys.Where(h => !CommonHeaders.Contains(h)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool? headers = probeUncommon.Count == 0 && controlUncommon.Count == 0 ? null : probeUncommon.Overlaps(controlUncommon);

        return new HttpComparison(status, bodyMatch, proportion, headers, TitleMatches(probe.Title, control.Title));
    }

    /// <summary>Every word of five letters or more in the control's title is in the probe's; null when there is no such word.</summary>
    internal static bool? TitleMatches(string? probeTitle, string? controlTitle)
    {
        var words = Words(controlTitle).Where(w => w.Length >= 5).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var probeWords = Words(probeTitle).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return words.All(probeWords.Contains);
    }

    private static IEnumerable<string> Words(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ':', ';', '|', '-', '—', '«', '»', '"', '\''));

    public string Describe() =>
        $"status {(StatusMatch is null ? "not compared" : StatusMatch.Value ? "matches" : "differs")}, " +
        $"body length {(BodyProportion is { } p ? $"proportion {p:F2}" : "not compared")}, " +
        $"uncommon headers {(HeadersMatch is null ? "none" : HeadersMatch.Value ? "shared" : "not shared")}, " +
        $"title {(TitleMatch is null ? "not compared" : TitleMatch.Value ? "matches" : "differs")}";
}
