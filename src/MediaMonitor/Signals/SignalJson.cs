using System.Text.Json;
using System.Text.Json.Serialization;
using MediaMonitor.Probing;

namespace MediaMonitor.Signals;

/// <summary>The JSON shape of a signal: the store's document column, `content --json` lines and the index. snake_case.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false,
    Converters = [typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(Signal))]
internal sealed partial class SignalJson : JsonSerializerContext
{
    public static string Serialize(Signal signal) => JsonSerializer.Serialize(signal, Default.Signal);

    public static Signal? Deserialize(string json) => JsonSerializer.Deserialize(json, Default.Signal);
}
