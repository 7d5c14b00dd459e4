namespace MediaMonitor.Sites;

/// <summary>The shape of config/outlets/*.json.</summary>
public sealed record OutletFile(IReadOnlyList<Outlet> Outlets);
