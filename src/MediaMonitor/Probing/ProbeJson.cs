using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaMonitor.Probing;

/// <summary>
/// The JSON shape of a measurement: the store's document column and the `check --json` lines.
/// Field names are snake_case; this is a contract documented in the README.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false,
    Converters = [typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(Measurement))]
internal sealed partial class ProbeJson : JsonSerializerContext
{
    public static string Serialize(Measurement measurement) => JsonSerializer.Serialize(measurement, Default.Measurement);

    public static Measurement? Deserialize(string json) => JsonSerializer.Deserialize(json, Default.Measurement);
}
