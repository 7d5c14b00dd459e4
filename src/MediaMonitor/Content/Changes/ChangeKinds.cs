namespace MediaMonitor.Content.Changes;

/// <summary>The values of <see cref="ContentChange.Kind"/>; strings because they are stored and indexed as such.</summary>
internal static class ChangeKinds
{
    public const string None = "none";
    public const string Minor = "minor";
    public const string Major = "major";
    public const string Removed = "removed";
    public const string Replaced = "replaced";
}
