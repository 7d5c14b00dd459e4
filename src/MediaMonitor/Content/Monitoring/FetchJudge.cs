using MediaMonitor.Content.Changes;

namespace MediaMonitor.Content.Monitoring;

/// <summary>
/// Decides what a content fetch means. Pure. The rule throughout: only what the server plainly said
/// counts as a takedown (404, 410, 451, a redirect to the homepage, a "not found" page); a failure,
/// a refusal, a challenge, a blockpage or an empty page is not evidence about the content, and is
/// judged as such, never as a takedown or an edit.
/// </summary>
internal static class FetchJudge
{
    private static readonly string[] HomePaths = ["", "/index.html", "/index.htm", "/index.php", "/ru", "/kz", "/kk", "/en", "/main"];

    /// <summary>Judges a fetch of a tracked article against its last good snapshot (null before the first).</summary>
    public static Judgement JudgeArticle(Observation now, PageSnapshot? lastGood, IReadOnlyCollection<string> outletDomains, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(outletDomains);
        if (Access(now) is { } access)
        {
            return access;
        }

        if (now.Status is 404 or 410 or 451)
        {
            return new Judgement(FetchOutcomes.TakenDown, $"status_{now.Status}");
        }

        if (now.Status is not (>= 200 and < 300))
        {
            return new Judgement(FetchOutcomes.Unreachable, $"http_{now.Status}");
        }

        if (now.Redirected && now.FinalUrl is { } final && IsHomepage(final, outletDomains) && !IsHomepage(now.Url, outletDomains))
        {
            return new Judgement(FetchOutcomes.TakenDown, "redirect_to_home");
        }

        if (!now.IsText)
        {
            return new Judgement(FetchOutcomes.NotText, "not_text");
        }

        // Title and text together: a "not found" page often says so only in its title.
        var before = Joined(lastGood?.Title, lastGood?.Text);
        var after = Joined(now.Title, now.Text);
        if (NoticePhrases.Find(NoticePhrases.NotFoundPages, TextNormalizer.NormalizeReadable(after), TextNormalizer.NormalizeReadable(before)) is not null)
        {
            return new Judgement(FetchOutcomes.TakenDown, "soft_404");
        }

        if (NoText(now, context) is { } empty)
        {
            return empty;
        }

        if (lastGood is null)
        {
            return new Judgement(FetchOutcomes.Good, null);
        }

        var change = ChangeClassifier.Classify(lastGood.Text, now.Text, context);
        return change.Kind switch
        {
            ChangeKinds.Replaced when change.ReplacedBy == NoticePhrases.Blockpage => new Judgement(FetchOutcomes.Blockpage, "blockpage_text", change),

            // A hosting error or a closure shows on the homepage too; the page check raises that once for the outlet.
            ChangeKinds.Replaced => new Judgement(FetchOutcomes.Replaced, change.ReplacedBy, change),
            ChangeKinds.Removed => new Judgement(FetchOutcomes.TakenDown, "soft_404", change),
            _ => new Judgement(FetchOutcomes.Good, null, change, !SameTitle(lastGood.Title, now.Title)),
        };
    }

    /// <summary>Judges a fetch of a site-list page (a homepage, a section) against its last good snapshot.</summary>
    public static Judgement JudgePage(Observation now, PageSnapshot? lastGood, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(now);
        if (Access(now) is { } access)
        {
            return access;
        }

        if (now.Status is not (>= 200 and < 300))
        {
            return new Judgement(now.Status is >= 400 and < 500 and not 429 ? FetchOutcomes.Refused : FetchOutcomes.Unreachable, $"http_{now.Status}");
        }

        if (!now.IsText)
        {
            return new Judgement(FetchOutcomes.NotText, "not_text");
        }

        if (NoText(now, context) is { } empty)
        {
            return empty;
        }

        var change = ChangeClassifier.Classify(lastGood?.Text ?? "", now.Text, context);
        if (change.Kind == ChangeKinds.Replaced)
        {
            return change.ReplacedBy == NoticePhrases.Blockpage
                ? new Judgement(FetchOutcomes.Blockpage, "blockpage_text", change)
                : new Judgement(FetchOutcomes.Replaced, change.ReplacedBy, change);
        }

        return lastGood is null
            ? new Judgement(FetchOutcomes.Good, null)
            : new Judgement(FetchOutcomes.Good, null, change, !SameTitle(lastGood.Title, now.Title));
    }

    /// <summary>Whether <paramref name="url"/> is the front page of one of the outlet's domains.</summary>
    public static bool IsHomepage(Uri url, IReadOnlyCollection<string> outletDomains)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost;
        var ours = outletDomains.Count == 0
            || outletDomains.Any(d => string.Equals(host, d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
        var path = url.AbsolutePath.TrimEnd('/').ToLowerInvariant();
        return ours && string.IsNullOrEmpty(url.Query.TrimStart('?')) && HomePaths.Contains(path, StringComparer.Ordinal);
    }

    // Answers that say nothing about the content: no response, a refusal, a challenge, a blockpage.
    private static Judgement? Access(Observation now)
    {
        if (now.Failure is not null || now.Status is null)
        {
            return new Judgement(FetchOutcomes.Unreachable, now.Failure ?? "no_response");
        }

        if (now.Blockpage)
        {
            return new Judgement(FetchOutcomes.Blockpage, "fingerprint");
        }

        if (now.Challenge)
        {
            return new Judgement(FetchOutcomes.Refused, "challenge");
        }

        if (now.Status is 429 or >= 500)
        {
            return new Judgement(FetchOutcomes.Unreachable, $"http_{now.Status}");
        }

        return now.Status is >= 400 and < 500 and not (404 or 410 or 451)
            ? new Judgement(FetchOutcomes.Refused, $"http_{now.Status}")
            : null;
    }

    // An empty main text, or one the ignore rules empty (a cookie banner, a date line), is as likely a
    // script-built page or a failed extraction as a deletion.
    private static Judgement? NoText(Observation now, ChangeContext context) =>
        string.IsNullOrWhiteSpace(now.Text) || TextNormalizer.For(context.Rules).Normalize(now.Text).Length == 0
            ? new Judgement(FetchOutcomes.Refused, "no_text")
            : null;

    private static string Joined(string? title, string? text) => $"{title}\n{text}";

    private static bool SameTitle(string? a, string? b) =>
        string.Equals(TextNormalizer.NormalizeReadable(a ?? ""), TextNormalizer.NormalizeReadable(b ?? ""), StringComparison.Ordinal);
}
