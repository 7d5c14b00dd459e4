using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>One kind's rules from every file, compiled.</summary>
internal sealed record CompiledKind(string Kind, IReadOnlyList<CompiledTrigger> Triggers, Regex? Negative, Regex? Actors);
