namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>
/// A plain string searched for in one pass over the composed response: an OONI <c>contains</c>
/// body pattern, a Censored Planet regex without metacharacters, or a text a real regex needs.
/// </summary>
/// <param name="BodyOnly">OONI body patterns must not match inside the status line or headers.</param>
/// <param name="GateSlot">
/// -1 when finding the text is a match of fingerprint <paramref name="Index"/>; otherwise the slot
/// to mark as seen, which may let that fingerprint's regex run (<see cref="PatternRule.GateOpen"/>).
/// </param>
internal sealed record LiteralRule(int Index, string Text, bool BodyOnly, int GateSlot)
{
    public bool IsGate => GateSlot >= 0;
}
