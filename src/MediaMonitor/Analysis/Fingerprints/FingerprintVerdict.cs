namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>
/// Every match for one response, and the ones that still count once known false positives are
/// taken into account (<see cref="BlockpageFingerprints.Confirmed"/>).
/// </summary>
public sealed record FingerprintVerdict(IReadOnlyList<FingerprintMatch> Matches, IReadOnlyList<FingerprintMatch> Confirmed)
{
    public static FingerprintVerdict From(IReadOnlyList<FingerprintMatch> matches) =>
        new(matches, BlockpageFingerprints.Confirmed(matches));

    /// <summary>A blockpage fingerprint matched and no false-positive fingerprint did.</summary>
    public bool IsBlockpage => Confirmed.Count > 0;

    /// <summary>A false-positive fingerprint matched: any blockpage match on the same response is discounted.</summary>
    public bool IsKnownFalsePositive => Matches.Any(m => m.IsFalsePositive);
}
