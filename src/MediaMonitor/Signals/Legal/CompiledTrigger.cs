using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>A trigger compiled; <see cref="Source"/> is the pattern as written, for evidence and debugging; <see cref="News"/> and <see cref="TargetBefore"/> as in <see cref="LegalTrigger"/>.</summary>
internal sealed record CompiledTrigger(Regex Pattern, Regex? Requires, bool NeedsActor, double Weight, string Source, bool News = false, bool TargetBefore = false);
