using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>One kind's rules from every file, compiled; <see cref="PartOf"/> and <see cref="LeadSubject"/> as in <see cref="LegalKindRules"/>.</summary>
internal sealed record CompiledKind(string Kind, IReadOnlyList<CompiledTrigger> Triggers, Regex? Negative, Regex? Actors, IReadOnlyList<string> PartOf, bool LeadSubject = false);
