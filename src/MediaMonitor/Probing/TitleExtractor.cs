using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MediaMonitor.Probing;

/// <summary>Reads a page title from the first bytes of a body, honouring the declared charset.</summary>
public static partial class TitleExtractor
{
    public const int MaxTitleLength = 512;

    public static string? Extract(ReadOnlySpan<byte> head, string? contentTypeCharset) =>
        head.IsEmpty ? null : FromText(Decode(head, contentTypeCharset));

    /// <summary>Decodes body bytes with the charset of the Content-Type, else of a meta tag, else UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> head, string? contentTypeCharset)
    {
        var encoding = EncodingFor(contentTypeCharset) ?? SniffMetaCharset(head) ?? Encoding.UTF8;
        return encoding.GetString(head);
    }

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

    internal static Encoding? EncodingFor(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? SniffMetaCharset(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 4096)]);
        var match = MetaCharset().Match(ascii);
        return match.Success ? EncodingFor(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
