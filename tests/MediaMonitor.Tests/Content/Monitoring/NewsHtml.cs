using System.Globalization;
using System.Net;
using System.Text;

namespace MediaMonitor.Tests.Content.Monitoring;

/// <summary>
/// Fixture pages of a Kazakh news outlet, written for these tests: homepage, articles in Russian,
/// Kazakh and English, each with the furniture that changes on every visit (an ad slot, the time,
/// view counters, a "most read" box) so that tests can rotate it and expect silence.
/// </summary>
internal static class NewsHtml
{
    public static readonly string[] RussianParagraphs =
    [
        "Специализированный межрайонный суд Алматы в среду начал рассмотрение иска о защите чести и достоинства, поданного против редакции независимого издания.",
        "Истец требует опровергнуть публикацию о государственных закупках и взыскать с журналистов моральный вред в размере пятидесяти миллионов тенге.",
        "Главный редактор заявил, что материал основан на документах из открытых источников и ответах государственных органов на официальные запросы.",
        "Юристы международной правозащитной организации, наблюдающие за процессом, отметили, что сумма иска несоразмерна доходам издания.",
        "Следующее заседание назначено на конец месяца; редакция намерена ходатайствовать о привлечении независимых экспертов.",
    ];

    public static readonly string[] KazakhParagraphs =
    [
        "Алматы қаласының мамандандырылған ауданаралық соты тәуелсіз басылымның редакциясына қарсы берілген ар-намысты қорғау туралы талапты қарай бастады.",
        "Талапкер мемлекеттік сатып алулар туралы жарияланымды теріске шығаруды және журналистерден елу миллион теңге моральдық зиян өндіруді талап етеді.",
        "Бас редактор материал ашық дереккөздердегі құжаттарға және мемлекеттік органдардың ресми сауалдарға берген жауаптарына негізделгенін мәлімдеді.",
        "Процесті бақылап отырған халықаралық құқық қорғау ұйымының заңгерлері талап сомасы басылымның табысына сәйкес келмейтінін атап өтті.",
    ];

    public static readonly string[] EnglishParagraphs =
    [
        "A specialised district court in Almaty on Wednesday began hearing a defamation claim filed against the editorial office of an independent news outlet.",
        "The claimant demands a retraction of the report on public procurement and fifty million tenge in damages from the journalists who wrote it.",
        "The editor-in-chief said the report relied on documents from open sources and on the answers state bodies gave to official information requests.",
        "Lawyers from an international rights group observing the trial noted that the amount claimed is out of all proportion to the outlet's income.",
    ];

    /// <summary>What changes on every visit without being news: the ad, the clock, the counters, the most-read box.</summary>
    public sealed record Noise(int Seed)
    {
        public string Ad => $"<div class=\"ad-slot\"><p>Реклама. Скидки до {10 + (Seed % 50)}% на бытовую технику и электронику в сети магазинов партнёра, акция номер {Seed} действует до конца недели во всех городах Казахстана</p></div>";

        public string Clock => $"<p class=\"meta\">Обновлено: {(Seed % 24).ToString("00", CultureInfo.InvariantCulture)}:{(Seed * 7 % 60).ToString("00", CultureInfo.InvariantCulture)}, {1 + (Seed % 28)} ноября 2026</p>";

        /// <summary>A ticker line inside the article, only an outlet's own line rule can drop.</summary>
        public string Rates => $"<p>Курс валют на сегодня: 1 USD = {470 + (Seed % 30)},{Seed % 100:00} тенге, 1 EUR = {510 + (Seed % 25)},{Seed % 90:00} тенге по данным Национального банка</p>";

        public string Views => $"<p class=\"meta\">👁 {1000 + (Seed * 37)} просмотров</p>";

        /// <summary>The most-read box: links to the site's own articles, in an order that rotates.</summary>
        public IReadOnlyList<string> Popular { get; init; } = [];

        public string MostRead => "<div class=\"sidebar\"><p>Самое читаемое</p>"
            + string.Concat(Enumerable.Range(0, Popular.Count).Select(i => $"<p><a href=\"{Popular[(Seed + i) % Popular.Count]}\">Популярное: материал {(Seed + i) % Popular.Count} ({Seed * 3 + i} просмотров)</a></p>"))
            + "</div>";
    }

    public static string Article(string title, IEnumerable<string> paragraphs, Noise noise, string lang = "ru") =>
        $"""
        <!doctype html>
        <html lang="{lang}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body>
        <header><nav><a href="/">Главная</a> <a href="/category/politics">Политика</a></nav></header>
        <main><article>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        {noise.Clock}
        {noise.Views}
        {string.Concat(paragraphs.Take(2).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"))}
        {noise.Ad}
        {noise.Rates}
        {string.Concat(paragraphs.Skip(2).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"))}
        </article></main>
        {noise.MostRead}
        <footer><p>© 2026 Farm News</p></footer>
        </body></html>
        """;

    public static string Home(IEnumerable<(string Path, string Title)> headlines, Noise noise)
    {
        var items = new StringBuilder();
        foreach (var (path, title) in headlines)
        {
            items.Append(CultureInfo.InvariantCulture, $"<div class=\"item\"><h2><a href=\"{path}\">{WebUtility.HtmlEncode(title)}</a></h2><p>{WebUtility.HtmlEncode(RussianParagraphs[title.Length % RussianParagraphs.Length])}</p></div>\n");
        }

        return $"""
            <!doctype html>
            <html lang="ru"><head><meta charset="utf-8"><title>Farm News: новости Казахстана</title></head>
            <body>
            <header><nav><a href="/">Главная</a> <a href="/category/politics">Политика</a> <a href="/tag/court">Суды</a> <a href="/about">О нас</a></nav></header>
            {noise.Ad}
            {noise.Clock}
            <main>
            {items}
            </main>
            {noise.MostRead}
            <footer><p>© 2026 Farm News</p></footer>
            </body></html>
            """;
    }

    public static string ClosureNotice() =>
        """
        <!doctype html>
        <html lang="ru"><head><meta charset="utf-8"><title>Farm News</title></head>
        <body><main>
        <h1>Уважаемые читатели</h1>
        <p>Издание прекращает работу. Благодарим вас за то, что были с нами все эти годы.</p>
        <p>Басылым жұмысын тоқтатады.</p>
        </main></body></html>
        """;

    public static string NotFoundPage() =>
        """
        <!doctype html>
        <html lang="ru"><head><meta charset="utf-8"><title>Страница не найдена</title></head>
        <body><header><nav><a href="/">Главная</a></nav></header>
        <main><h1>Ошибка 404</h1><p>Страница не найдена. Возможно, она была удалена или вы ошиблись адресом.</p>
        <p><a href="/">Вернуться на главную</a></p></main></body></html>
        """;

    public static string Rss(string baseUrl, IEnumerable<(string Path, string Title, DateTimeOffset Published)> items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Farm News</title><link>{baseUrl}/</link>
        {string.Concat(items.Select(i => $"<item><title><![CDATA[{i.Title}]]></title><link>{baseUrl}{i.Path}</link><pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>\n"))}
        </channel></rss>
        """;
}
