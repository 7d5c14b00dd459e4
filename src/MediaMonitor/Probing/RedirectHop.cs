namespace MediaMonitor.Probing;

/// <summary>A redirect answer: which URL answered with which status and where it pointed.</summary>
public sealed record RedirectHop(string Url, int Status, string Location);
