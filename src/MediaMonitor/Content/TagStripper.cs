using System.Net;
using System.Text.RegularExpressions;

namespace MediaMonitor.Content;

/// <summary>Visible text of HTML without building a DOM, for pages a tree builder should not see.</summary>
internal static partial class TagStripper
{
    public static string Strip(string html)
    {
        var text = Invisible().Replace(html, " ");
        text = BlockTags().Replace(text, "\n");
        text = AnyTag().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"</?(p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
