using MediaMonitor.Sites;

namespace MediaMonitor.Signals.Legal;

/// <summary>
/// The legal-signal detector built from a config folder: rules from config/signals, outlets and
/// people from config/outlets. Read afresh on each <see cref="Load"/>, so a rule edit applies at the next pass.
/// </summary>
internal sealed class LegalScanner
{
    private LegalScanner(LegalDetector detector, IReadOnlyList<SiteProblem> problems)
    {
        Detector = detector;
        Problems = problems;
    }

    public LegalDetector Detector { get; }

    /// <summary>Problems in the rule files (bad patterns, unknown kinds); the valid rules still load.</summary>
    public IReadOnlyList<SiteProblem> Problems { get; }

    /// <summary>Loads the rules; <paramref name="outlets"/> when the caller has read config/outlets already, else they are read here.</summary>
    public static LegalScanner Load(string configFolder, IReadOnlyList<Outlet>? outlets = null)
    {
        var problems = new List<SiteProblem>();
        var rules = LegalRules.Load(Path.Combine(configFolder, "signals"), problems);
        outlets ??= SiteCatalog.Load(configFolder).Outlets;
        return new LegalScanner(new LegalDetector(rules, new EntityLinker(outlets)), problems);
    }
}
