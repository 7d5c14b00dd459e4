namespace MediaMonitor.Sites;

/// <summary>A problem in an operator's file, printed as file:line: reason.</summary>
public sealed record SiteProblem(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
