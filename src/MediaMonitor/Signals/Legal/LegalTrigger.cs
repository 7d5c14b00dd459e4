namespace MediaMonitor.Signals.Legal;

/// <summary>A pattern announcing an event, with what must stand with it. Setters, not init: the JSON source generator would reset absent init-only properties to their default.</summary>
internal sealed class LegalTrigger
{
    public string Pattern { get; set; } = "";

    /// <summary>When not empty, one of these must also be in the sentence (a lawsuit about honour, not about a debt).</summary>
    public IReadOnlyList<string> Requires { get; set; } = [];

    /// <summary>Whether a media actor must stand within the window. Default true; false only for phrases that name media themselves.</summary>
    public bool NeedsActor { get; set; } = true;

    /// <summary>Confidence of a match with a generic actor; a named outlet or person adds to it. Default 0.7.</summary>
    public double Weight { get; set; } = 0.7;

    /// <summary>
    /// Whether the pattern reports the event itself as news (a case opened, charges brought, a suit filed, a sentence
    /// passed), not just names it ("обвиняемого в клевете", "the lawsuit against", "суд удовлетворил"). Such a finding
    /// stands even when the text reports a kind its kind is <see cref="LegalKindRules.PartOf"/>. Default false.
    /// </summary>
    public bool News { get; set; }

    /// <summary>
    /// Whether the pattern describes the person before it, as a participle does ("дело бывшего главы нацкомпании,
    /// обвиняемого в хищениях", "officials accused of"): another role just before it is then whom it is about, as
    /// another role just after any trigger is. Default false.
    /// </summary>
    public bool TargetBefore { get; set; }
}
