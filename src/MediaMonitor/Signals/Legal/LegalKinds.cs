namespace MediaMonitor.Signals.Legal;

/// <summary>The kinds of legal-pressure signal; also the values of <see cref="Signal.Kind"/> for them.</summary>
public static class LegalKinds
{
    public const string Lawsuit = "lawsuit";
    public const string CriminalCase = "criminal-case";
    public const string Hearing = "hearing";
    public const string Verdict = "verdict";
    public const string Detention = "detention";
    public const string BlockingOrder = "blocking-order";
    public const string TakedownDemand = "takedown-demand";

    public static IReadOnlyList<string> All { get; } = [Lawsuit, CriminalCase, Hearing, Verdict, Detention, BlockingOrder, TakedownDemand];
}
