namespace MediaMonitor.Sites;

/// <summary>
/// What content monitoring must not look at on an outlet's pages: rotating blocks and counters.
/// Applies to every page of the outlet, or, with <see cref="UrlPrefix"/>, to the pages under it.
/// </summary>
public sealed record OutletIgnoreRule
{
    /// <summary>Only pages whose URL starts with this (one target, or a section); null for all pages.</summary>
    public string? UrlPrefix { get; init; }

    /// <summary>CSS selectors of elements dropped before the main text is extracted, e.g. ".banner", "#most-read".</summary>
    public IReadOnlyList<string> Selectors { get; init; } = [];

    /// <summary>Regular expressions; a line of main text matching one is dropped before comparing.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Regular expressions; a line matching one starts a block (up to a blank or long line) that is dropped.</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];
}
