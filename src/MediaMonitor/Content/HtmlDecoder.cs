using System.Text;
using System.Text.RegularExpressions;

namespace MediaMonitor.Content;

/// <summary>
/// Turns the bytes of an HTML page into a string. The charset comes from a byte-order mark, the
/// Content-Type header, a <c>&lt;meta&gt;</c> tag in the first 4 KB, or, when none is declared, from the
/// bytes: valid UTF-8 first, otherwise windows-1251 or KOI8-R, whichever reads as more plausible Cyrillic.
/// </summary>
public static partial class HtmlDecoder
{
    private const int MetaScanBytes = 4096;

    // Relative frequencies (per mille) of Russian lowercase letters а..я; plausible text scores high.
    private static readonly int[] LetterWeights =
    [
        80, 16, 45, 17, 30, 85, 9, 17, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 1, 19, 17, 3, 6, 20,
    ];

    static HtmlDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/> with the detected encoding.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        var encoding = DetectEncoding(bytes, contentType, out var bomLength);
        return encoding.GetString(bytes[bomLength..]);
    }

    /// <summary>The encoding <see cref="Decode"/> would use.</summary>
    public static Encoding DetectEncoding(ReadOnlySpan<byte> bytes, string? contentType = null) =>
        DetectEncoding(bytes, contentType, out _);

    private static Encoding DetectEncoding(ReadOnlySpan<byte> bytes, string? contentType, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return new UTF8Encoding(false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        if (contentType is not null && CharsetInHeader().Match(contentType) is { Success: true } header
            && FromLabel(header.Groups[1].Value) is { } declared)
        {
            return declared;
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        foreach (Match meta in MetaCharset().Matches(head))
        {
            if (FromLabel(meta.Groups[1].Value) is { } fromMeta)
            {
                return fromMeta;
            }
        }

        return Sniff(bytes);
    }

    /// <summary>The encoding for a charset label, or null when the label is unknown.</summary>
    internal static Encoding? FromLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToUpperInvariant();
        switch (name)
        {
            case "UTF-8" or "UTF8" or "UNICODE-1-1-UTF-8":
            // A page cannot declare UTF-16 in an ASCII-compatible meta tag; browsers read it as UTF-8.
            case "UTF-16" or "UTF-16LE" or "UTF-16BE":
                return new UTF8Encoding(false);
            case "WINDOWS-1251" or "CP1251" or "X-CP1251" or "WIN-1251" or "WIN1251":
                return Encoding.GetEncoding(1251);
            case "KOI8-R" or "KOI8R" or "KOI8" or "CSKOI8R":
                return Encoding.GetEncoding(20866);
            case "KOI8-U" or "KOI8-RU":
                return Encoding.GetEncoding(21866);
            case "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII":
                // WHATWG: these labels mean windows-1252.
                return Encoding.GetEncoding(1252);
            default:
                try
                {
                    return Encoding.GetEncoding(name);
                }
                catch (ArgumentException)
                {
                    return null;
                }
        }
    }

    private static Encoding Sniff(ReadOnlySpan<byte> bytes)
    {
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            utf8.GetCharCount(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: a single-byte Cyrillic encoding is the likely case on the sites we watch.
        }

        var cp1251 = Encoding.GetEncoding(1251);
        var koi8 = Encoding.GetEncoding(20866);
        var sample = bytes[..Math.Min(bytes.Length, 256 * 1024)];
        return CyrillicScore(cp1251.GetString(sample)) >= CyrillicScore(koi8.GetString(sample)) ? cp1251 : koi8;
    }

    // Common lowercase letters score by frequency; an uppercase letter right after a lowercase one
    // (rare in real text, common in text decoded with the wrong table) costs.
    private static long CyrillicScore(string text)
    {
        long score = 0;
        var previousLower = false;
        foreach (var c in text)
        {
            if (c is >= 'а' and <= 'я')
            {
                score += LetterWeights[c - 'а'];
                previousLower = true;
            }
            else if (c is >= 'А' and <= 'Я')
            {
                score -= previousLower ? 60 : 5;
                previousLower = false;
            }
            else
            {
                previousLower = false;
            }
        }

        return score;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetInHeader();

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([\w\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
