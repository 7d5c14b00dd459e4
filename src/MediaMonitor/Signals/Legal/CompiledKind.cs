using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>One kind's rules from every file, compiled; <see cref="PartOf"/> as in <see cref="LegalKindRules.PartOf"/>.</summary>
internal sealed record CompiledKind(string Kind, IReadOnlyList<CompiledTrigger> Triggers, Regex? Negative, Regex? Actors, IReadOnlyList<string> PartOf);
