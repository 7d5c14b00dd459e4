namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>
/// Fingerprints sorted by where they look while <see cref="BlockpageFingerprints"/> is built, so a
/// response is only compared with the patterns that can match it.
/// </summary>
internal sealed class RuleTables
{
    private const string HeaderPrefix = "header:";

    public Dictionary<string, List<int>> DnsAnswers { get; } = new(StringComparer.Ordinal);

    public List<PatternRule> DnsRules { get; } = [];

    public Dictionary<string, List<PatternRule>> HeaderRules { get; } = new(StringComparer.Ordinal);

    public List<PatternRule> BodyRules { get; } = [];

    public List<PatternRule> ResponseRules { get; } = [];

    public List<LiteralRule> Literals { get; } = [];

    /// <summary>How many texts regexes wait for: the size of the table of texts seen in one response.</summary>
    public int GateSlotCount { get; private set; }

    /// <summary>False for a location the matcher does not know (the row is then skipped and counted).</summary>
    public bool TryAdd(string location, PatternRule rule)
    {
        switch (location)
        {
            case "dns" when rule.Kind == PatternKind.Full:
                var key = BlockpageFingerprints.NormalizeDnsAnswer(rule.Text);
                if (!DnsAnswers.TryGetValue(key, out var indexes))
                {
                    DnsAnswers[key] = indexes = [];
                }

                indexes.Add(rule.Index);
                return true;
            case "dns":
                DnsRules.Add(rule);
                return true;
            case "body" or "response":
                AddToText(rule, bodyOnly: location == "body");
                return true;
            default:
                if (!location.StartsWith(HeaderPrefix, StringComparison.Ordinal) || location.Length == HeaderPrefix.Length)
                {
                    return false;
                }

                var name = location[HeaderPrefix.Length..].ToLowerInvariant();
                if (!HeaderRules.TryGetValue(name, out var rules))
                {
                    HeaderRules[name] = rules = [];
                }

                rules.Add(rule);
                return true;
        }
    }

    private void AddToText(PatternRule rule, bool bodyOnly)
    {
        if (rule.Kind == PatternKind.Contains)
        {
            Literals.Add(new LiteralRule(rule.Index, rule.Text, bodyOnly, GateSlot: -1));
            return;
        }

        if (rule.Gates is { } gates)
        {
            var slots = new List<IReadOnlyList<int>>();
            foreach (var texts in gates)
            {
                var alternative = new List<int>();
                foreach (var text in texts)
                {
                    Literals.Add(new LiteralRule(rule.Index, text, bodyOnly, GateSlotCount));
                    alternative.Add(GateSlotCount++);
                }

                slots.Add(alternative);
            }

            rule = rule with { GateSlots = slots };
        }

        (bodyOnly ? BodyRules : ResponseRules).Add(rule);
    }
}
