using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// Builds the 50-150 KiB <c>/page/{n}</c> documents. Paragraphs, headings, figures and sidebar
/// links are encoded to UTF-8 once per farm; a page is a seeded choice of those blocks between a
/// small per-page head and tail, streamed straight into the response. That makes a page cost
/// about ten microseconds and no large allocation, so no page cache is needed even when
/// benchmarks spread ~1,000 requests a second over thousands of sites.
/// </summary>
internal sealed class NewsPageGenerator
{
    private const int ParagraphsPerLanguage = 96;
    private const int HeadingsPerLanguage = 24;
    private const int FiguresPerLanguage = 12;
    private const int SidebarLinkPool = 128;
    private const int SidebarLinks = 30;

    // The largest block is well under this, so stopping this far below the maximum keeps every
    // page inside FarmContent.PageMaxBytes.
    private const int BlockHeadroom = 4 * 1024;

    private static readonly string[] HtmlLanguages = ["ru", "kk", "en"];
    private static readonly string[][] Languages = [Vocabulary.Russian, Vocabulary.Kazakh, Vocabulary.English];

    private readonly int _seed;

    // Built on first use: most farms in unit tests never serve a generated page.
    private readonly Lazy<Blocks> _blocks;

    public NewsPageGenerator(int seed)
    {
        _seed = seed;
        _blocks = new Lazy<Blocks>(() => new Blocks(seed), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[] GetPage(int n)
    {
        var segments = Plan(n, out var length);
        var page = new byte[length];
        var offset = 0;
        foreach (var segment in segments)
        {
            segment.CopyTo(page, offset);
            offset += segment.Length;
        }

        return page;
    }

    public async Task WriteAsync(HttpResponse response, int n, CancellationToken cancellationToken)
    {
        var segments = Plan(n, out var length);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = Responses.HtmlUtf8;
        response.ContentLength = length;
        PipeWriter writer = response.BodyWriter;
        foreach (var segment in segments)
        {
            writer.Write(segment);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private List<byte[]> Plan(int n, out int length)
    {
        var blocks = _blocks.Value;
        // Random(int) is the legacy, fully specified algorithm, so a seed gives the same page on
        // every run and machine; the multiplier spreads neighbouring n over unrelated streams.
        var random = new Random(unchecked((_seed * 1_000_003) + n));
        var target = random.Next(FarmContent.PageMinBytes, FarmContent.PageMaxBytes - BlockHeadroom);
        var main = random.Next(100) switch
        {
            < 60 => 0,
            < 85 => 1,
            _ => 2,
        };

        var head = Head(random, n, main);
        var tail = Tail(random, n, blocks);
        var segments = new List<byte[]>(160) { head };
        length = head.Length + tail.Sum(t => t.Length);
        for (var i = 0; length < target; i++)
        {
            var language = random.Next(100) < 80 ? main : random.Next(Languages.Length);
            var block = (i % 11) switch
            {
                6 => blocks.Headings[language][random.Next(HeadingsPerLanguage)],
                10 => blocks.Figures[language][random.Next(FiguresPerLanguage)],
                _ => blocks.Paragraphs[language][random.Next(ParagraphsPerLanguage)],
            };
            segments.Add(block);
            length += block.Length;
        }

        segments.AddRange(tail);
        return segments;
    }

    private static byte[] Head(Random random, int n, int language)
    {
        var headline = Headline(random, Languages[language]);
        var author = Vocabulary.Authors[random.Next(Vocabulary.Authors.Length)];
        var published = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(366 * 24 * 60));
        var nav = new StringBuilder(512);
        foreach (var section in Vocabulary.Sections)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/page/{random.Next(100_000)}\">{section}</a></li>\n");
        }

        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{HtmlLanguages[language]}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{FarmContent.PageTitle(n)}</title>
            <meta name="description" content="{headline}">
            <meta property="og:title" content="{headline}">
            <link rel="canonical" href="/page/{n}">
            <link rel="stylesheet" href="/static/site.css">
            <style>body{"{"}font-family:Georgia,serif;margin:0;color:#222{"}"}.site-header,footer{"{"}background:#14213d;color:#fff;padding:1em{"}"}main{"{"}display:flex;gap:2em;max-width:1200px;margin:auto{"}"}article{"{"}flex:3{"}"}aside{"{"}flex:1{"}"}</style>
            </head>
            <body>
            <header class="site-header">
            <a class="logo" href="/">Farm Site {n}</a>
            <nav aria-label="Разделы"><ul>
            {nav}</ul></nav>
            </header>
            <main>
            <article>
            <h1>{headline}</h1>
            <p class="byline"><time datetime="{published:yyyy-MM-ddTHH:mm:ssZ}">{published:dd.MM.yyyy HH:mm}</time> | {author}</p>

            """));
    }

    private static List<byte[]> Tail(Random random, int n, Blocks blocks)
    {
        var tail = new List<byte[]>(SidebarLinks + 2) { blocks.SidebarOpen };
        for (var i = 0; i < SidebarLinks; i++)
        {
            tail.Add(blocks.Links[random.Next(SidebarLinkPool)]);
        }

        tail.Add(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
            </ul>
            </aside>
            </main>
            <footer>
            <p>&copy; 2024 Farm Site {n}. Все права защищены. Барлық құқықтар қорғалған.</p>
            <p><a href="/about">О редакции</a> | <a href="/contacts">Контакты</a> | <a href="/privacy">Privacy</a> | <a href="/rss.xml">RSS</a></p>
            </footer>
            <script src="/static/app.js" defer></script>
            </body>
            </html>

            """)));
        return tail;
    }

    private static string Headline(Random random, string[] words) => Capitalize(JoinWords(random, words, random.Next(5, 10), commas: false));

    private static string Sentence(Random random, string[] words) => Capitalize(JoinWords(random, words, random.Next(6, 15), commas: true)) + ". ";

    private static string JoinWords(Random random, string[] words, int count, bool commas)
    {
        var builder = new StringBuilder(count * 12);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(commas && random.Next(8) == 0 ? ", " : " ");
            }

            builder.Append(words[random.Next(words.Length)]);
        }

        return builder.ToString();
    }

    private static string Capitalize(string text) =>
        string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>The pre-encoded pieces pages are assembled from.</summary>
    private sealed class Blocks
    {
        public Blocks(int seed)
        {
            var random = new Random(seed);
            Paragraphs = new byte[Languages.Length][][];
            Headings = new byte[Languages.Length][][];
            Figures = new byte[Languages.Length][][];
            for (var language = 0; language < Languages.Length; language++)
            {
                var words = Languages[language];
                Paragraphs[language] = Make(ParagraphsPerLanguage, i =>
                {
                    var quote = i % 9 == 8;
                    var text = new StringBuilder(quote ? "<blockquote><p>" : "<p>");
                    for (var s = random.Next(2, 6); s > 0; s--)
                    {
                        text.Append(Sentence(random, words));
                    }

                    return text.Append(quote ? "</p></blockquote>\n" : "</p>\n").ToString();
                });
                Headings[language] = Make(HeadingsPerLanguage, _ => "<h2>" + Headline(random, words) + "</h2>\n");
                Figures[language] = Make(FiguresPerLanguage, i => string.Create(CultureInfo.InvariantCulture,
                    $"<figure><img src=\"/static/img/{language}-{i}.jpg\" alt=\"{Headline(random, words)}\" width=\"800\" height=\"450\" loading=\"lazy\"><figcaption>{Sentence(random, words)}</figcaption></figure>\n"));
            }

            Links = Make(SidebarLinkPool, i => string.Create(CultureInfo.InvariantCulture,
                $"<li><a href=\"/page/{random.Next(100_000)}\">{Headline(random, Languages[i % Languages.Length])}</a></li>\n"));
        }

        public byte[][][] Paragraphs { get; }

        public byte[][][] Headings { get; }

        public byte[][][] Figures { get; }

        public byte[][] Links { get; }

        public byte[] SidebarOpen { get; } = "</article>\n<aside class=\"sidebar\">\n<h2>Читайте также</h2>\n<ul>\n"u8.ToArray();

        private static byte[][] Make(int count, Func<int, string> text)
        {
            var blocks = new byte[count][];
            for (var i = 0; i < count; i++)
            {
                blocks[i] = Encoding.UTF8.GetBytes(text(i));
            }

            return blocks;
        }
    }
}
