using System.Text.Json.Serialization;

namespace MediaMonitor.Control;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ControlRequest))]
internal sealed partial class ControlJson : JsonSerializerContext;
