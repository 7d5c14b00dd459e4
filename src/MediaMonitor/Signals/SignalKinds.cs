namespace MediaMonitor.Signals;

/// <summary>The kinds of <see cref="Signal"/>; strings because they are stored, indexed and mailed as such.</summary>
public static class SignalKinds
{
    /// <summary>An article that was served now answers 404, 410 or 451, redirects to the homepage, or serves a "not found" page.</summary>
    public const string Takedown = "takedown";

    /// <summary>A published article's headline or main text changed.</summary>
    public const string StealthEdit = "stealth-edit";

    /// <summary>A page became a blockpage, a parked domain, a closure or suspension notice, or a hosting error page.</summary>
    public const string Replaced = "replaced";

    /// <summary>Whether <paramref name="kind"/> is one of the legal-pressure kinds (<see cref="Legal.LegalKinds"/>).</summary>
    public static bool IsLegal(string kind) => Legal.LegalKinds.All.Contains(kind, StringComparer.Ordinal);
}
