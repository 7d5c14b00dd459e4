namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>How a pattern is compared, in OONI's terms (full, prefix, contains, regexp).</summary>
internal enum PatternKind
{
    Full,
    Prefix,
    Contains,
    Regexp,
}
