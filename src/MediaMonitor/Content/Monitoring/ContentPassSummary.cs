namespace MediaMonitor.Content.Monitoring;

/// <summary>What one content pass over a site list did; counters are updated from parallel outlet passes.</summary>
public sealed class ContentPassSummary
{
    private int _pages;
    private int _pagesChanged;
    private int _articlesFound;
    private int _articlesChecked;
    private int _unreachable;
    private int _disallowed;
    private int _signals;
    private int _errors;

    public required string List { get; init; }
    public int Pages => _pages;
    public int PagesChanged => _pagesChanged;
    public int ArticlesFound => _articlesFound;
    public int ArticlesChecked => _articlesChecked;
    public int Unreachable => _unreachable;
    public int Disallowed => _disallowed;
    public int Signals => _signals;
    public int Errors => _errors;

    internal void AddPage(bool changed)
    {
        Interlocked.Increment(ref _pages);
        if (changed)
        {
            Interlocked.Increment(ref _pagesChanged);
        }
    }

    internal void AddArticlesFound(int count) => Interlocked.Add(ref _articlesFound, count);

    internal void AddArticleChecked() => Interlocked.Increment(ref _articlesChecked);

    internal void AddUnreachable() => Interlocked.Increment(ref _unreachable);

    internal void AddDisallowed() => Interlocked.Increment(ref _disallowed);

    internal void AddSignal() => Interlocked.Increment(ref _signals);

    internal void AddError() => Interlocked.Increment(ref _errors);

    public override string ToString() =>
        $"{Pages} pages ({PagesChanged} changed), {ArticlesFound} new articles, {ArticlesChecked} articles checked, "
        + $"{Unreachable} unreachable, {Disallowed} disallowed by robots.txt, {Signals} signals, {Errors} errors";
}
