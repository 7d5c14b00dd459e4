using System.Text;
using System.Text.RegularExpressions;
using MediaMonitor.Content;

namespace MediaMonitor.Tests.Content;

public sealed class ArticleExtractorTests
{
    private static readonly Uri Url = new("https://news.example.kz/2025/article");

    private static string Page(string lang, string title, string[] paragraphs, string nav, string share, string mostRead, string footer, string cookie) =>
        $$"""
        <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}} | Example News</title>
        <meta property="og:title" content="{{title}}"><script>var x = 1;</script><style>p{}</style></head>
        <body>
        <header><nav><ul><li><a href="/">{{nav}}</a></li><li><a href="/politics">{{nav}} 2</a></li><li><a href="/economy">{{nav}} 3</a></li></ul></nav></header>
        <div class="cookie-banner"><p>{{cookie}}</p></div>
        <main><article>
        <h1>{{title}}</h1>
        <div class="share"><a href="#">{{share}}</a> <a href="#">Facebook</a> <a href="#">Telegram</a></div>
        {{string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}}
        <div class="share-bottom"><p>{{share}}</p></div>
        </article>
        <aside class="most-read"><h3>{{mostRead}}</h3><ul><li><a href="/a">Other story one about something else entirely</a></li><li><a href="/b">Other story two about something else</a></li></ul></aside>
        </main>
        <footer><p>{{footer}}</p><p><a href="/about">About</a> <a href="/contacts">Contacts</a></p></footer>
        </body></html>
        """;

    public static TheoryData<string, string, string[], string[]> Pages => new()
    {
        {
            "ru", "Суд оштрафовал редакцию независимого издания",
            [
                "Специализированный межрайонный суд Алматы в понедельник оштрафовал редакцию независимого издания за публикацию, которую прокуратура сочла ложной информацией.",
                "Главный редактор заявил, что издание будет обжаловать решение суда в апелляционной инстанции, так как материал основан на официальных документах.",
                "Правозащитники считают, что дело стало частью давления на независимые средства массовой информации в стране в течение последнего года.",
            ],
            ["Главная", "Поделиться", "Самое читаемое", "Все права защищены © 2025", "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь."]
        },
        {
            "kk", "Сот тәуелсіз басылымның редакциясына айыппұл салды",
            [
                "Алматы қаласының мамандандырылған ауданаралық соты дүйсенбі күні тәуелсіз басылымның редакциясына айыппұл салды.",
                "Бас редактор басылым сот шешіміне апелляциялық сатыда шағым беретінін мәлімдеді, себебі материал ресми құжаттарға негізделген.",
                "Құқық қорғаушылардың пікірінше, бұл іс соңғы жылы елдегі тәуелсіз бұқаралық ақпарат құралдарына қысым көрсетудің бір бөлігі болды.",
            ],
            ["Басты бет", "Бөлісу", "Көп оқылған", "Барлық құқықтар қорғалған © 2025", "Біз cookie файлдарын пайдаланамыз. Сайтты пайдалана отырып, сіз келісесіз."]
        },
        {
            "en", "Court fines the newsroom of an independent outlet",
            [
                "A specialised inter-district court in Almaty on Monday fined the newsroom of an independent outlet over a story prosecutors called false information.",
                "The editor-in-chief said the outlet would appeal the ruling, because the story was based on official documents obtained by its reporters.",
                "Rights groups say the case is part of a year of mounting pressure on independent media in the country and its journalists.",
            ],
            ["Home", "Share", "Most read", "All rights reserved © 2025", "We use cookies to improve your experience. By continuing you accept our cookie policy."]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extract_NewsPage_KeepsArticleAndDropsBoilerplate(string lang, string title, string[] paragraphs, string[] boilerplate)
    {
        var html = Page(lang, title, paragraphs, boilerplate[0], boilerplate[1], boilerplate[2], boilerplate[3], boilerplate[4]);

        var article = new ArticleExtractor().Extract(Url, html, TestContext.Current.CancellationToken);

        Assert.Equal(title, article.Title);
        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(paragraph, article.Text, StringComparison.Ordinal);
        }

        foreach (var noise in boilerplate)
        {
            Assert.DoesNotContain(noise, article.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Other story", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<figure><img src="/p.jpg"><figcaption>Protesters gathered near the akimat building on Monday evening</figcaption></figure>""")]
    [InlineData("""<div class="photo-caption">Protesters gathered near the akimat building on Monday evening</div>""")]
    [InlineData("""<div class="article-byline">Protesters gathered near the akimat building on Monday evening</div>""")]
    public void Extract_CaptionOrBylineInsideArticle_IsDropped(string furniture)
    {
        string[] paragraphs =
        [
            "Several hundred people gathered in the city centre on Monday to protest against the planned rise in utility tariffs announced last week.",
            "The akimat said the new tariffs were needed to repair ageing heating networks, and promised to meet representatives of the protesters.",
            "Police did not intervene, and the crowd dispersed peacefully after about two hours, according to witnesses who spoke to our reporters.",
        ];
        var html = $$"""
            <html><head><title>Tariff protest</title></head><body><article><h1>Tariff protest</h1>
            <p>{{paragraphs[0]}}</p>{{furniture}}<p>{{paragraphs[1]}}</p><p>{{paragraphs[2]}}</p>
            </article></body></html>
            """;

        var article = new ArticleExtractor().Extract(Url, html, TestContext.Current.CancellationToken);

        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(paragraph, article.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Protesters gathered", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LittleMarkupButJsonLdBody_UsesArticleBody()
    {
        var body = string.Join(" ", Enumerable.Repeat("Журналисты сообщили о блокировке сайта в нескольких регионах страны.", 8));
        var html = $$"""
            <html><head><title>Блокировка</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Блокировка","articleBody":"{{body}}"}</script>
            </head><body><div id="app"></div></body></html>
            """;

        var article = new ArticleExtractor().Extract(Url, html, TestContext.Current.CancellationToken);

        Assert.Equal(body, article.Text);
    }

    [Fact]
    public async Task Extract_HundredThousandDeepNesting_ReturnsInBoundedTime()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000).Append("deep text").Insert(html.Length, "</div>", 100_000).Append("</body></html>");

        var task = Task.Run(() => new ArticleExtractor().Extract(Url, html.ToString()), TestContext.Current.CancellationToken);

        // WaitAsync throws TimeoutException when the extractor hangs.
        var article = await task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Contains("deep text", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BinaryBytesLabelledHtml_ReturnsInBoundedTime()
    {
        var bytes = new byte[2_000_000];
        new Random(42).NextBytes(bytes);

        var task = Task.Run(() => new ArticleExtractor().Extract(Url, HtmlDecoder.Decode(bytes, "text/html")), TestContext.Current.CancellationToken);

        var article = await task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.NotNull(article.Text);
    }

    [Fact]
    public void Extract_UnlikelyClassOnHtmlElement_KeepsTheLineBreakBetweenBlocks()
    {
        // Readability drops an <html> whose class looks like a header and then takes the body as it is,
        // whitespace between blocks included: that whitespace is the only line break between them.
        var paragraph = string.Join(" ", Enumerable.Repeat("The regional court upheld the fine imposed on the newspaper for its reporting on the mine.", 8));
        var html = $$"""
            <html class="header-spacing"><head><title>Court upholds fine</title></head><body>
            <div><h1>Court upholds fine against newspaper</h1>
            <div>{{paragraph}}</div>
            </div></body></html>
            """;

        var article = new ArticleExtractor().Extract(Url, html, TestContext.Current.CancellationToken);

        Assert.Contains("Court upholds fine against newspaper\nThe regional court", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body><div><p>a<br>b<br/><img src=x></p><span/></div></body></html>")]
    [InlineData("<div><div><div></div></div>")]
    [InlineData("</div></div><div><div>")]
    [InlineData("<a_<b><c>")]
    [InlineData("<br-x_ y><div-><div-é><divж><div\u200d>")]
    [InlineData("<div title='a > b'><span a=\"/\">x</span></div>")]
    [InlineData("< div><1><//div></><div")]
    [InlineData("<section/ ><section ></section><p><li>")]
    [InlineData("<div><!-- <div> --><div data-x='<div>'>")]
    public void NestingDepth_AnyMarkup_CountsAsTheTagRegex(string html)
    {
        html = Regex.Unescape(html);

        Assert.Equal(ReferenceDepth(html), ArticleExtractor.NestingDepth(html));
    }

    // The regex count the scanner replaced, kept to check it against.
    private static int ReferenceDepth(string html)
    {
        string[] voids = ["br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "track", "param", "p", "li"];
        var depth = 0;
        var max = 0;
        foreach (Match tag in Regex.Matches(html, @"<(/?)([a-zA-Z][a-zA-Z0-9\-]*)\b[^>]*?(/?)>", RegexOptions.CultureInvariant))
        {
            if (voids.Contains(tag.Groups[2].Value, StringComparer.OrdinalIgnoreCase) || tag.Groups[3].Length > 0)
            {
                continue;
            }

            if (tag.Groups[1].Length > 0)
            {
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                max = Math.Max(max, ++depth);
            }
        }

        return max;
    }
}
