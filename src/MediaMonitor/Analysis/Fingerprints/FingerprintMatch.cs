namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>
/// One fingerprint that matched a DNS answer or an HTTP response. <see cref="Id"/> is the upstream
/// name (OONI's <c>name</c>, Censored Planet's <c>fingerprint</c>) so a match can be traced back.
/// </summary>
/// <param name="Id">Upstream name; OONI reuses a few names between its DNS and HTTP files.</param>
/// <param name="Source"><c>ooni</c> or <c>censoredplanet</c>.</param>
/// <param name="Scope">OONI's scope (nat, isp, prod, inst, vbw, fp, injb, prov) or Censored Planet's blockpage/fp.</param>
/// <param name="Location"><c>dns</c>, <c>body</c>, <c>header:NAME</c> or <c>response</c> (status line, headers and body).</param>
/// <param name="Pattern">The pattern as upstream wrote it.</param>
/// <param name="Countries">Where upstream expects it (ISO codes; OONI's ZZ kept); empty when unknown.</param>
public sealed record FingerprintMatch(
    string Id,
    string Source,
    string Scope,
    string Location,
    string Pattern,
    IReadOnlyList<string> Countries)
{
    /// <summary>A known false positive: an ordinary page that once looked like a blockpage.</summary>
    public bool IsFalsePositive => Scope == BlockpageFingerprints.FalsePositiveScope;
}
