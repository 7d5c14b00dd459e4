using System.Text;
using MediaMonitor.Content.Monitoring;
using Microsoft.AspNetCore.Http;

namespace MediaMonitor.Tests.Content.Monitoring;

/// <summary>Pages and feeds built to hurt: every one is bounded, recorded as what it is, and the pass goes on.</summary>
public sealed class ContentMonitorHostileInputTests
{
    private const string Bomb = "/news/20001-gzip-bomb-article";
    private const string Huge = "/news/20002-fifty-megabyte-article";
    private const string Binary = "/news/20003-binary-labelled-html";
    private const string Deep = "/news/20004-hundred-thousand-deep";
    private const string Good = "/news/20005-ordinary-article";

    private const long Cap = 2 * 1024 * 1024;

    [Fact]
    public async Task Pass_HostilePagesAndAnEndlessFeed_AreBoundedAndRecorded()
    {
        await using var site = await OutletSite.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        site.Serve("/", NewsHtml.Home([(Bomb, "Бомба"), (Huge, "Огромная статья"), (Binary, "Двоичные данные"), (Deep, "Глубокая вложенность"), (Good, "Обычная статья")], new NewsHtml.Noise(1)));
        site.Redirect(Bomb, "/gzip-bomb", 302);
        site.Farm.Map(Huge, HugePageAsync);
        var noise = new byte[256 * 1024];
        new Random(11).NextBytes(noise);
        site.ServeBytes(Binary, noise, "text/html; charset=utf-8");
        site.Serve(Deep, new StringBuilder("<html><body>").Insert(12, "<div>", 100_000).Append("Глубоко вложенный текст").Append("</body></html>").ToString());
        site.Serve(Good, NewsHtml.Article("Обычная статья", NewsHtml.RussianParagraphs, new NewsHtml.Noise(1)));
        site.Farm.Map("/rss.xml", EndlessFeedAsync);

        var summary = await site.PassAsync();

        Assert.Equal(0, summary.Errors);
        Assert.Equal(20, summary.ArticlesChecked);
        var rows = SqliteQuery.Rows(site.StorePath, "SELECT url, outcome, body_length, truncated FROM snapshots WHERE role = 'article'")
            .ToDictionary(r => new Uri((string)r["url"]!).AbsolutePath);
        Assert.All(rows.Values, r => Assert.InRange((long)r["body_length"]!, 0, Cap));

        // 1 GiB of zeros behind gzip: read up to the cap, recognised as not text.
        Assert.Equal((FetchOutcomes.NotText, 1L, Cap), ((string)rows[Bomb]["outcome"]!, (long)rows[Bomb]["truncated"]!, (long)rows[Bomb]["body_length"]!));
        Assert.Equal((FetchOutcomes.Good, 1L), ((string)rows[Huge]["outcome"]!, (long)rows[Huge]["truncated"]!));
        Assert.Equal(FetchOutcomes.NotText, rows[Binary]["outcome"]);
        Assert.Equal(FetchOutcomes.Good, rows[Good]["outcome"]);
        Assert.Contains((string)rows[Deep]["outcome"]!, new[] { FetchOutcomes.Good, FetchOutcomes.Refused });

        // The endless feed was cut at the cap, and the links read before the cut were still tracked.
        var articles = await site.Repository.ArticlesAsync(OutletSite.OutletId, ct);
        Assert.Equal(15, articles.Count(a => a.Source == "feed"));
        Assert.Equal(5, articles.Count(a => a.Source == "homepage"));
    }

    private static async Task HugePageAsync(HttpContext context)
    {
        // 50 MB of article, announced with its length, written until the client stops reading.
        var paragraph = Encoding.UTF8.GetBytes("<p>" + string.Join(" ", NewsHtml.RussianParagraphs) + "</p>\n");
        const long total = 50L * 1000 * 1000;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = total;
        var head = Encoding.UTF8.GetBytes("<html><head><title>Огромная статья</title></head><body><article><h1>Огромная статья</h1>");
        await context.Response.Body.WriteAsync(head, context.RequestAborted);
        long written = head.Length;
        while (written + paragraph.Length <= total && !context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.Body.WriteAsync(paragraph, context.RequestAborted);
            written += paragraph.Length;
        }

        if (!context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.Body.WriteAsync(new byte[total - written], context.RequestAborted);
        }
    }

    private static async Task EndlessFeedAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Endless</title>", context.RequestAborted);
        var host = context.Request.Host.ToString();
        for (var i = 0; !context.RequestAborted.IsCancellationRequested; i++)
        {
            await context.Response.WriteAsync($"<item><title>Материал {i}</title><link>http://{host}/news/{30000 + i}-endless-item</link></item>\n", context.RequestAborted);
        }
    }
}
