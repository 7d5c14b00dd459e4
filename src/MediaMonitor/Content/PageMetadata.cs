using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MediaMonitor.Content;

/// <summary>What a page says about itself: JSON-LD <c>articleBody</c>/<c>headline</c>, <c>og:</c> meta, <c>&lt;title&gt;</c>.</summary>
internal sealed record PageMetadata(string? Title, string? Description, string? ArticleBody)
{
    public static PageMetadata Read(IHtmlDocument document)
    {
        string? body = null;
        string? headline = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
                Visit(json.RootElement, ref body, ref headline, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page still has its HTML.
            }
        }

        // One walk of the document for all three names, not one each.
        var metas = document.QuerySelectorAll("meta").ToArray();
        var title = Meta(metas, "og:title") ?? headline ?? document.Title;
        var description = Meta(metas, "og:description") ?? Meta(metas, "description");
        return new PageMetadata(Blank(title), Blank(description), Blank(body));
    }

    private static void Visit(JsonElement element, ref string? body, ref string? headline, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, ref body, ref headline, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("articleBody") && property.Value.ValueKind == JsonValueKind.String)
            {
                var text = property.Value.GetString();
                if (text is not null && text.Length > (body?.Length ?? 0))
                {
                    body = text.Contains('<', StringComparison.Ordinal) ? TagStripper.Strip(text) : text;
                }
            }
            else if (property.NameEquals("headline") && property.Value.ValueKind == JsonValueKind.String)
            {
                headline ??= property.Value.GetString();
            }
            else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Visit(property.Value, ref body, ref headline, depth + 1);
            }
        }
    }

    private static string? Meta(IElement[] metas, string name)
    {
        foreach (var meta in metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static string? Blank(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TextCleaner.NormalizeSpaces(System.Net.WebUtility.HtmlDecode(value));
}
