using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>The detector as shipped: config/signals and config/outlets of this repository.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<LegalScanner> Scanner = new(() => LegalScanner.Load(Path.Combine(RepositoryRoot.Path, "config")));

    public static LegalDetector Detector => Scanner.Value.Detector;

    public static IReadOnlyList<SiteProblem> Problems => Scanner.Value.Problems;
}
