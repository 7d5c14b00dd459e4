using System.Text.Json.Serialization;

namespace MediaMonitor.Signals.Legal;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(LegalRuleFile))]
internal sealed partial class LegalRulesJson : JsonSerializerContext;
