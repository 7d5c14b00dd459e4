namespace MediaMonitor.Sites;

/// <summary>A news organisation: who it is, where it publishes, who works there.</summary>
public sealed record Outlet
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Country { get; init; } = "";
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Other names the outlet goes by in the press, in any script: "Власть", "Азаттык", "Ratel".</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Feeds { get; init; } = [];
    public IReadOnlyList<OutletPerson> People { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Content monitoring's ignore rules for this outlet's pages, beyond the built-in ones.</summary>
    public IReadOnlyList<OutletIgnoreRule> Ignore { get; init; } = [];
}
