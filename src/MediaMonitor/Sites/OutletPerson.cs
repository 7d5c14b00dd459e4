namespace MediaMonitor.Sites;

/// <summary>A journalist, editor or founder, with the name as written (often Cyrillic) and in Latin letters.</summary>
public sealed record OutletPerson(string Name, string? Latin = null, string? Role = null);
