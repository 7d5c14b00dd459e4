using System.Text;
using AngleSharp.Dom;

namespace MediaMonitor.Content;

/// <summary>The element holding the most paragraph text, as text: the fallback when Readability finds little.</summary>
internal static class LargestBlock
{
    private const string Removed = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button";

    public static string Text(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Removed).ToList())
        {
            element.Remove();
        }

        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, blockquote"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + paragraph.TextContent.Trim().Length;
            }
        }

        if (scores.Count == 0)
        {
            return document.Body?.TextContent ?? string.Empty;
        }

        var best = scores.MaxBy(pair => pair.Value).Key;
        var text = new StringBuilder();
        foreach (var child in best.Children)
        {
            if (child.LocalName is "p" or "pre" or "blockquote" or "h2" or "h3" or "h4" or "ul" or "ol")
            {
                text.Append(child.TextContent).Append('\n');
            }
        }

        return text.ToString();
    }
}
