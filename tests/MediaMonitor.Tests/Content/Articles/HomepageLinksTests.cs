using System.Text;
using MediaMonitor.Content.Articles;

namespace MediaMonitor.Tests.Content.Articles;

public sealed class HomepageLinksTests
{
    private static readonly Uri Home = new("https://vlast.kz/");
    private static readonly string[] Vlast = ["vlast.kz"];

    private const string Page = """
        <!doctype html>
        <html lang="ru">
        <head><meta charset="utf-8"><title>Власть</title><link rel="stylesheet" href="/css/main.css"></head>
        <body>
          <nav>
            <a href="/">Главная</a>
            <a href="/novosti/">Новости</a>
            <a href="/category/politika">Политика</a>
            <a href="/tag/svoboda-slova">свобода слова</a>
            <a href="/author/ivanov-ivan">Иван Иванов</a>
            <a href="/page/2">Далее</a>
            <a href="/about">О нас</a>
            <a href="/contacts">Контакты</a>
            <a href="/rss">RSS</a>
            <a href="/2024/05/">Архив за май</a>
            <a href="#top">Наверх</a>
            <a href="mailto:info@vlast.kz">Почта</a>
            <a href="tel:+77270000000">Телефон</a>
            <a href="javascript:void(0)">Меню</a>
          </nav>
          <main>
            <article>
              <a href="/novosti/60123-sud-oshtrafoval-redaktora.html"><img src="/uploads/60123.jpg" alt=""></a>
              <h2><a href="/novosti/60123-sud-oshtrafoval-redaktora.html#comments">  Суд оштрафовал
                 главного редактора  </a></h2>
            </article>
            <article><h2><a href="https://www.vlast.kz/2024/05/03/zhurnalisty-trebuyut-otveta">Журналисты требуют ответа</a></h2></article>
            <article><h2><a href="/news/12345?utm_source=main&amp;utm_medium=block">Сотни сайтов заблокированы</a></h2></article>
            <article><h2><a href="http://vlast.kz/kk/zhurnalister-bugattau-turaly-habarlaydy">Журналистер бұғаттау туралы хабарлайды</a></h2></article>
            <article><h2><a href="/index.php?news=6789&amp;lang=ru">Старая ссылка</a></h2></article>
            <article><h2><a href="/uploads/report-2024.pdf">Доклад (PDF)</a></h2></article>
            <article><h2><a href="/uploads/photo-of-the-day-123.jpg">Фото дня</a></h2></article>
          </main>
          <aside>
            <a href="https://www.facebook.com/vlast.kz/posts/1234567890">Facebook</a>
            <a href="https://tengrinews.kz/kazakhstan_news/sud-oshtrafoval-redaktora-12345/">Tengrinews</a>
            <a href="https://notvlast.kz/news/99999">Look-alike domain</a>
          </aside>
          <footer><a href="/privacy-policy">Политика конфиденциальности</a><a href="/advertising">Реклама</a></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Extract_RealisticPage_KeepsOnlyOwnArticleLinksInOrder()
    {
        var links = HomepageLinks.Extract(Home, Page, Vlast);

        Assert.Equal(
            [
                "https://vlast.kz/novosti/60123-sud-oshtrafoval-redaktora.html",
                "https://www.vlast.kz/2024/05/03/zhurnalisty-trebuyut-otveta",
                "https://vlast.kz/news/12345",
                "http://vlast.kz/kk/zhurnalister-bugattau-turaly-habarlaydy",
                "https://vlast.kz/index.php?news=6789",
            ],
            links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal("Суд оштрафовал главного редактора", links[0].Title);
        Assert.Equal("Журналисты требуют ответа", links[1].Title);
        Assert.All(links, l => Assert.Null(l.Published));
    }

    [Fact]
    public void Extract_NoOutletDomains_UsesPageHostWithoutWww()
    {
        var links = HomepageLinks.Extract(new Uri("https://www.vlast.kz/"), Page, []);

        Assert.Equal(5, links.Count);
        Assert.DoesNotContain(links, l => l.Url.Host.Contains("tengrinews", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BaseHref_ResolvesRelativeLinks()
    {
        const string html = """<html><head><base href="https://vlast.kz/kz/"></head><body><a href="news/555-zhana-zan">Жаңа заң</a></body></html>""";

        var links = HomepageLinks.Extract(new Uri("https://vlast.kz/"), html, Vlast);

        Assert.Equal(new Uri("https://vlast.kz/kz/news/555-zhana-zan"), Assert.Single(links).Url);
    }

    [Fact]
    public void Extract_PunycodeDomain_MatchesUnicodeAndAsciiHosts()
    {
        string[] domains = ["азаттық.kz"];
        const string html = """
            <a href="https://xn--80aau9ba8c67a.kz/kk/a/33000123.html">Бірінші</a>
            <a href="https://www.азаттық.kz/kk/a/33000124.html">Екінші</a>
            <a href="https://example.kz/kk/a/33000125.html">Бөтен</a>
            """;

        var links = HomepageLinks.Extract(new Uri("https://азаттық.kz/"), html, domains);

        Assert.Equal(["xn--80aau9ba8c67a.kz", "www.xn--80aau9ba8c67a.kz"], links.Select(l => l.Url.IdnHost));
    }

    [Fact]
    public void Extract_Cap_StopsAtMaxLinks()
    {
        var html = string.Concat(Enumerable.Range(1, 50).Select(i => $"<a href=\"/news/{1000 + i}\">Новость {i}</a>"));

        var links = HomepageLinks.Extract(Home, html, Vlast, maxLinks: 10);

        Assert.Equal(10, links.Count);
        Assert.Equal(new Uri("https://vlast.kz/news/1010"), links[^1].Url);
    }

    [Fact]
    public void Extract_ImageLinkBeforeHeadline_KeepsPositionTakesHeadlineTitle()
    {
        const string html = """<a href="/news/777"><img src="/a.jpg"></a><a href="/news/778">Другая</a><a href="/news/777">Заголовок</a>""";

        var links = HomepageLinks.Extract(Home, html, Vlast);

        Assert.Equal(["https://vlast.kz/news/777", "https://vlast.kz/news/778"], links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal("Заголовок", links[0].Title);
    }

    [Fact]
    public void Extract_DeeplyNestedPage_FallsBackToScanning()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("<a href=\"/news/424242-deep-article\">Глубоко</a>");
        html.Insert(html.Length, "</div>", 100_000);
        html.Append("<a href='/tag/x'>tag</a></body></html>");

        var links = HomepageLinks.Extract(Home, html.ToString(), Vlast);

        var link = Assert.Single(links);
        Assert.Equal(new Uri("https://vlast.kz/news/424242-deep-article"), link.Url);
        // The scan reads attributes only; a title here would mean the DOM was built after all.
        Assert.Null(link.Title);
    }

    [Fact]
    public void Extract_EmptyHtml_ReturnsEmpty()
    {
        Assert.Empty(HomepageLinks.Extract(Home, string.Empty, Vlast));
    }

    [Theory]
    [InlineData("https://vlast.kz/news/12345")]
    [InlineData("https://vlast.kz/2024/05/03/slug")]
    [InlineData("https://vlast.kz/123456-some-slug.html")]
    [InlineData("https://vlast.kz/politics/some-slug-123456")]
    [InlineData("https://vlast.kz/politics/sud-oshtrafoval-redaktora")]
    [InlineData("https://vlast.kz/politics/sud_oshtrafoval_redaktora")]
    [InlineData("https://vlast.kz/politics/protest-almaty.html")]
    [InlineData("https://vlast.kz/%D1%81%D1%83%D0%B4-%D0%BE%D1%88%D1%82%D1%80%D0%B0%D1%84%D0%BE%D0%B2%D0%B0%D0%BB-%D1%80%D0%B5%D0%B4%D0%B0%D0%BA%D1%82%D0%BE%D1%80%D0%B0")]
    [InlineData("https://vlast.kz/?p=123")]
    [InlineData("https://vlast.kz/index.php?id=123")]
    public void IsArticleLike_ArticleUrls_True(string url)
    {
        Assert.True(HomepageLinks.IsArticleLike(new Uri(url)));
    }

    [Theory]
    [InlineData("https://vlast.kz/")]
    [InlineData("https://vlast.kz/novosti/")]
    [InlineData("https://vlast.kz/ru/politics")]
    [InlineData("https://vlast.kz/news/budget")]
    [InlineData("https://vlast.kz/tag/svoboda-slova-v-kazakhstane")]
    [InlineData("https://vlast.kz/category/politics/world")]
    [InlineData("https://vlast.kz/authors/ivan-ivanovich-ivanov")]
    [InlineData("https://vlast.kz/news/page/12345")]
    [InlineData("https://vlast.kz/search/sud-nad-redaktorom-vlasti")]
    [InlineData("https://vlast.kz/2024/05/")]
    [InlineData("https://vlast.kz/2024/05/03")]
    [InlineData("https://vlast.kz/uploads/2024/05/photo-of-the-day.jpg")]
    [InlineData("https://vlast.kz/static/app-12345.js")]
    [InlineData("https://vlast.kz/files/12345/report-on-press-freedom.pdf")]
    [InlineData("https://vlast.kz/podcasts/episode-123.mp3")]
    [InlineData("https://vlast.kz/index.html")]
    [InlineData("https://vlast.kz/теги/свобода-слова-и-пресса")]
    public void IsArticleLike_ListingsAndFiles_False(string url)
    {
        Assert.False(HomepageLinks.IsArticleLike(new Uri(url)));
    }
}
