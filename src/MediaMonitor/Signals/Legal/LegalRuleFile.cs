namespace MediaMonitor.Signals.Legal;

/// <summary>
/// The shape of config/signals/*.json: one file per language, edited by monitoring staff.
/// Every pattern is a .NET regular expression matched case-insensitively; write stems with \w*
/// so that every inflection matches (иск\w* finds иск, иска, иском, исковое).
/// </summary>
internal sealed class LegalRuleFile
{
    /// <summary>ISO 639-1 code, for people reading the file; every file applies to every text.</summary>
    public string Language { get; set; } = "";

    /// <summary>Words between a trigger and a media actor at most. Default 12.</summary>
    public int Window { get; set; } = 12;

    /// <summary>Words that name a media actor generically: journalist, editorial office, outlet, blogger...</summary>
    public IReadOnlyList<string> Actors { get; set; } = [];

    /// <summary>Words that make a mention a source rather than a target: "reports", "сообщает", "по данным".</summary>
    public IReadOnlyList<string> SourceCues { get; set; } = [];

    /// <summary>Cues that cancel a trigger when they come shortly before it in its sentence: denial, negation, hypothesis.</summary>
    public IReadOnlyList<string> Negations { get; set; } = [];

    /// <summary>Cues that cancel every trigger of their sentence: a denial ("опроверг", "denied", "теріске шығарды").</summary>
    public IReadOnlyList<string> Denials { get; set; } = [];

    /// <summary>Pronouns that stand for a media actor named earlier in the sentence or in the one before (её, his, оны).</summary>
    public IReadOnlyList<string> Pronouns { get; set; } = [];

    /// <summary>Cues that mark a sentence other than the lead as background (an old case mentioned in passing).</summary>
    public IReadOnlyList<string> Background { get; set; } = [];

    /// <summary>Cues that place a clause, the lead's too, in a time long past ("в 2010-х годах", "in the 2000s"): its triggers are history.</summary>
    public IReadOnlyList<string> History { get; set; } = [];

    /// <summary>
    /// Roles that make a person someone other than a media actor: an akim, a minister, a company's owner, a police
    /// officer. Such a role right by a trigger, with no media actor nearer or beside it, is whom the trigger is
    /// about ("задержали директора ТОО", "sentenced former minister X"); a name with such a role is no journalist.
    /// </summary>
    public IReadOnlyList<string> OtherRoles { get; set; } = [];

    /// <summary>
    /// Actor words that name a person (journalist, editor, тілші, reporter), not an outlet: when such a word stands for
    /// the target without a name, the subject is the media person the text names, not the outlet it names.
    /// </summary>
    public IReadOnlyList<string> PersonActors { get; set; } = [];

    /// <summary>
    /// What a publication is about ("an article alleging that a judge took bribes", "статью о задержании протестующих"):
    /// a trigger that starts inside it is no event, and a kind's negatives do not read it, as the bribes are the article's
    /// subject, not the case's.
    /// </summary>
    public IReadOnlyList<string> Content { get; set; } = [];

    /// <summary>
    /// How a line of page furniture begins ("Читайте также:", "Сондай-ақ оқыңыз:", "Read more:", "Tags:"): the headlines of
    /// other stories and the tags around an article are not what it reports, so such lines are not read.
    /// </summary>
    public IReadOnlyList<string> Furniture { get; set; } = [];

    public IReadOnlyList<LegalKindRules> Kinds { get; set; } = [];
}
