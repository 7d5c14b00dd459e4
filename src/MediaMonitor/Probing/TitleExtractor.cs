using System.Net;
using System.Text.RegularExpressions;
using MediaMonitor.Content;

namespace MediaMonitor.Probing;

/// <summary>Reads a page title from the text of a page.</summary>
public static partial class TitleExtractor
{
    public const int MaxTitleLength = 512;

    /// <summary>The title of a page whose first bytes are given, decoded as <see cref="HtmlDecoder"/> decodes pages.</summary>
    public static string? Extract(ReadOnlySpan<byte> head, string? contentType) =>
        head.IsEmpty ? null : FromText(HtmlDecoder.Decode(head, contentType));

    public static string? FromText(string text)
    {
        var match = TitlePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var title = WebUtility.HtmlDecode(Whitespace().Replace(match.Groups[1].Value, " ").Trim());
        return title.Length > MaxTitleLength ? title[..MaxTitleLength] : title;
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
