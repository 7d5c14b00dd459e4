namespace MediaMonitor.Probing;

/// <summary>A URL to check, with the site list and outlet it came from when known.</summary>
public sealed record ProbeTarget(Uri Url, string? List = null, string? Outlet = null);
