using System.Text.Json.Serialization;

namespace MediaMonitor.Storage;

[JsonSerializable(typeof(IReadOnlyDictionary<string, int>))]
internal sealed partial class StoreJson : JsonSerializerContext;
