namespace MediaMonitor.Signals.Legal;

/// <summary>The rules of one kind in one rule file.</summary>
internal sealed class LegalKindRules
{
    /// <summary>One of <see cref="LegalKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Patterns that announce the event.</summary>
    public IReadOnlyList<LegalTrigger> Triggers { get; set; } = [];

    /// <summary>Patterns that, anywhere in the sentence, cancel this kind (a sports court, a bank account "blocked").</summary>
    public IReadOnlyList<string> Negative { get; set; } = [];

    /// <summary>More actor words for this kind only (publications for takedown demands and blocking orders).</summary>
    public IReadOnlyList<string> Actors { get; set; } = [];
}
