using System.Text.Json.Serialization;

namespace MediaMonitor.Analysis.Fingerprints;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(BlockpageDataFile))]
internal sealed partial class BlockpageJson : JsonSerializerContext;
