using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>One kind's rules from every file, compiled; <see cref="PartOf"/>, <see cref="LeadSubject"/> and <see cref="SameStory"/> as in <see cref="LegalKindRules"/>.</summary>
internal sealed record CompiledKind(string Kind, IReadOnlyList<CompiledTrigger> Triggers, Regex? Negative, Regex? Actors, IReadOnlyList<string> PartOf, bool LeadSubject = false, bool SameStory = false);
