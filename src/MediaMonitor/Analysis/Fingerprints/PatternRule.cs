using System.Text.RegularExpressions;

namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>A fingerprint ready to test against one string (a header value, a body or a response).</summary>
/// <param name="Index">Position of the fingerprint in the data file, so matches come back in file order.</param>
/// <param name="Gates">
/// For a regex: the texts a match needs (<see cref="RegexGate.RequiredTexts"/>), so that the regex
/// only runs when the one-pass literal search saw every text of one alternative.
/// </param>
internal sealed record PatternRule(
    int Index,
    PatternKind Kind,
    string Text,
    Regex? Regex,
    IReadOnlyList<IReadOnlyList<string>>? Gates = null)
{
    /// <summary>Slots of <see cref="Gates"/> in the per-response table of texts seen; set once the rule is placed.</summary>
    public IReadOnlyList<IReadOnlyList<int>>? GateSlots { get; init; }

    public bool GateOpen(bool[] seen) => GateSlots is null || GateSlots.Any(slots => slots.All(s => seen[s]));

    public bool IsMatch(string value)
    {
        switch (Kind)
        {
            case PatternKind.Full:
                return string.Equals(value, Text, StringComparison.Ordinal);
            case PatternKind.Prefix:
                return value.StartsWith(Text, StringComparison.Ordinal);
            case PatternKind.Contains:
                return value.Contains(Text, StringComparison.Ordinal);
            default:
                try
                {
                    return Regex!.IsMatch(value);
                }
                catch (RegexMatchTimeoutException)
                {
                    // A pattern that cannot decide within its budget is no evidence either way;
                    // failing the whole measurement over it would be worse than missing one match.
                    return false;
                }
        }
    }
}
