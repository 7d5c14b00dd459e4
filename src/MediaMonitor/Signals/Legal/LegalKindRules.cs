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

    /// <summary>
    /// Kinds that take this one in: when the text reports one of them, this kind's findings are the background of
    /// that event (the charge a trial is about, the suit a verdict decides, the court ruling that blocks a site) and
    /// are dropped, unless their trigger is <see cref="LegalTrigger.News"/>.
    /// </summary>
    public IReadOnlyList<string> PartOf { get; set; } = [];

    /// <summary>
    /// A trigger of this kind whose clause names no one is about the media actor the text's lead names ("Сайт Batys
    /// Info не открывается... доступ ограничен по представлению прокуратуры"): news of a blocked site seldom repeats
    /// its name. Less sure (−0.1).
    /// </summary>
    public bool LeadSubject { get; set; }

    /// <summary>
    /// A background clause ("Ранее...", "Бұған дейін...", "Earlier...") naming no year still reports this kind when a
    /// finding of another kind that the text reports as current names the same subject: the charge brought before the
    /// trial that opened today is part of the story, not an old case.
    /// </summary>
    public bool SameStory { get; set; }
}
