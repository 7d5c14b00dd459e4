namespace MediaMonitor.Signals.Legal;

/// <summary>One legal-pressure signal found in a text.</summary>
/// <param name="Kind">One of <see cref="LegalKinds"/>.</param>
/// <param name="Subject">Who is targeted: an outlet id from config/outlets when the outlet is; else the person's name in Latin letters, lower case, a listed outlet's journalist too; "unknown" when only "a journalist".</param>
/// <param name="SubjectName">The subject as the text names it.</param>
/// <param name="Person">The person targeted, when a person listed in config/outlets was named (the subject is then that person too).</param>
/// <param name="Confidence">0..1: a named subject and legal details raise it.</param>
/// <param name="Evidence">The sentence that says it.</param>
/// <param name="Trigger">The words that matched.</param>
/// <param name="Details">Article, amount, court, claimant.</param>
public sealed record LegalFinding(
    string Kind,
    string Subject,
    string? SubjectName,
    string? Person,
    double Confidence,
    string Evidence,
    string Trigger,
    LegalDetails Details);
