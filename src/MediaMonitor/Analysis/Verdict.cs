namespace MediaMonitor.Analysis;

/// <summary>
/// A measurement judged against its control: <c>ok</c>, <c>down</c>, <c>blocked</c> with a method,
/// or <c>unknown</c>; how sure, and the facts it rests on, in words a reader can check.
/// </summary>
public sealed record Verdict(string Status, string? Method, double Confidence, IReadOnlyList<string> Evidence)
{
    /// <summary>A block by the site itself (CAPTCHA, geo-block page), which is not censorship: "captcha" or "geo-block".</summary>
    public string? ServerSideBlock { get; init; }

    public bool IsBlocked => Status == VerdictStatus.Blocked;
}
