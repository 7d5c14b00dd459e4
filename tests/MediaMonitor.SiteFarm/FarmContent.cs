using System.Globalization;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// The fixed facts of what the farm serves, so tests assert against these rather than
/// repeating literals that would silently drift from the server.
/// </summary>
public static class FarmContent
{
    /// <summary>The <c>&lt;title&gt;</c> of <c>/</c> on 127.0.0.1.</summary>
    public const string HomeTitle = "Farm News";

    /// <summary>How many headlines <c>/</c> links to, as <c>/article/1</c> .. <c>/article/5</c>.</summary>
    public const int HomeArticleCount = 5;

    /// <summary>The <c>&lt;title&gt;</c> of the <c>/captcha</c> page.</summary>
    public const string CaptchaTitle = "Attention Required! | Cloudflare";

    /// <summary>The <c>&lt;title&gt;</c> of every <c>/charset/{name}</c> page.</summary>
    public const string CharsetTitle = "Новости о свободе прессы";

    /// <summary>The Russian paragraph every <c>/charset/{name}</c> page carries, whatever its encoding.</summary>
    public const string CharsetText =
        "Свобода слова является основой открытого общества. Журналисты должны работать без цензуры, " +
        "давления и страха. Читатели имеют право знать правду о событиях в стране и мире. Ёлка, щука, " +
        "подъезд, объявление, съёмка: все буквы русского алфавита на месте.";

    /// <summary>The charset names <c>/charset/{name}</c> accepts, compared case-insensitively.</summary>
    public static IReadOnlyList<string> Charsets { get; } = ["utf-8", "windows-1251", "koi8-r"];

    /// <summary>How many bytes <c>/gzip-bomb</c> inflates to (all zeros).</summary>
    public const long GzipBombExpandedLength = 1L << 30;

    /// <summary>How many <c>X-Flood-NNN</c> headers <c>/headers-flood</c> sends.</summary>
    public const int HeadersFloodCount = 500;

    /// <summary>The length of each <c>/headers-flood</c> header value.</summary>
    public const int HeadersFloodValueLength = 200;

    /// <summary>The smallest and largest size of a <c>/page/{n}</c> body, in bytes (50 and 150 KiB).</summary>
    public const int PageMinBytes = 50 * 1024;

    /// <inheritdoc cref="PageMinBytes"/>
    public const int PageMaxBytes = 150 * 1024;

    /// <summary>The <c>&lt;title&gt;</c> of <c>/article/{n}</c>.</summary>
    public static string ArticleTitle(int n) => string.Create(CultureInfo.InvariantCulture, $"Article {n}");

    /// <summary>The <c>&lt;title&gt;</c> of <c>/page/{n}</c>, and of <c>/</c> on site address n.</summary>
    public static string PageTitle(int n) => string.Create(CultureInfo.InvariantCulture, $"Farm Page {n}");
}
