namespace MediaMonitor.Content.Changes;

/// <summary>How a page's main text changed between two snapshots.</summary>
/// <param name="Kind">One of <see cref="ChangeKinds"/>.</param>
/// <param name="Similarity">Jaccard index of the normalized texts' word 4-shingles, 0..1.</param>
/// <param name="SimHashDistance">Hamming distance of the two SimHash fingerprints, 0..64.</param>
/// <param name="Diff">Changed lines as "- old" / "+ new"; null when nothing worth showing changed.</param>
/// <param name="ReplacedBy">For <see cref="ChangeKinds.Replaced"/>: what the page became (<see cref="NoticePhrases"/> reasons).</param>
internal sealed record ContentChange(string Kind, double Similarity, int SimHashDistance, string? Diff, string? ReplacedBy);
