using System.Text.Json;

namespace MediaMonitor.Indexing;

/// <summary>
/// Reads a _bulk answer. The request answers 200 even when items fail, so each item's status is read;
/// they come back in the order they were sent.
/// </summary>
internal static class BulkResponse
{
    public static BulkItemResult[] Parse(byte[] body, int expected)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("the _bulk answer has no items array");
        }

        if (items.GetArrayLength() != expected)
        {
            throw new JsonException($"the _bulk answer has {items.GetArrayLength()} items for {expected} sent");
        }

        var results = new BulkItemResult[expected];
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            // {"index": {"_index": ..., "_id": ..., "status": 201, "error": {"type": ..., "reason": ...}}}
            var op = item.EnumerateObject().First().Value;
            var status = op.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : 0;
            string? type = null, reason = null;
            if (op.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
                    reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
                    if (error.TryGetProperty("caused_by", out var cause) && cause.ValueKind == JsonValueKind.Object && cause.TryGetProperty("reason", out var cr))
                    {
                        reason = $"{reason} (caused by: {cr.GetString()})";
                    }
                }
                else
                {
                    reason = error.ToString();
                }
            }

            results[i++] = new BulkItemResult(status, type, reason);
        }

        return results;
    }
}
