using System.Text;
using Microsoft.AspNetCore.Http;
using MediaMonitor.Content.Monitoring;
using MediaMonitor.Signals;
using MediaMonitor.Tests.Evidence;

namespace MediaMonitor.Tests.Content.Monitoring;

/// <summary>
/// Content monitoring end to end: a fake outlet on the loopback farm, the program's own fetcher,
/// extractor, judge and SQLite store, days moved by FakeTimeProvider.
/// </summary>
public sealed class ContentMonitorEndToEndTests
{
    private const string Ru = "/news/10001-sud-nachal-rassmotrenie-iska";
    private const string Kk = "/kk/news/10002-sot-talapty-qaray-bastady";
    private const string En = "/en/news/10003-court-begins-defamation-hearing";

    private static readonly string[] Paths = [Ru, Kk, En];
    private static readonly string[] EditKinds = ["minor", "major"];

    [Fact]
    public async Task Pass_OnlyAdsTimestampsAndCountersRotate_RaisesNoSignal()
    {
        await using var site = await StartOutletAsync();
        var first = await site.PassAsync();
        Assert.Equal(3, first.ArticlesFound);
        Assert.Equal(3, first.ArticlesChecked);

        for (var day = 1; day <= 3; day++)
        {
            site.Advance(TimeSpan.FromDays(1));
            Publish(site, new NewsHtml.Noise(day * 13));
            var summary = await site.PassAsync();
            Assert.Equal(3, summary.ArticlesChecked);
            Assert.Equal(0, summary.Errors);
        }

        Assert.Empty(await site.ContentSignalsAsync());
        var kinds = SqliteQuery.Rows(site.StorePath, "SELECT role, change_kind, outcome FROM snapshots WHERE compared_with IS NOT NULL");
        Assert.Equal(12, kinds.Count);
        Assert.All(kinds, k => Assert.Equal(("none", "good"), ((string)k["change_kind"]!, (string)k["outcome"]!)));
    }

    [Theory]
    [InlineData(""", "ignore": [ { "urlPrefix": "http://news.farm.test", "lines": [ "^Курс валют" ] } ]""")]
    [InlineData(""", "ignore": [ { "selectors": [ ".ad-slot", ".sidebar" ] } ]""")]
    public async Task Pass_RotatingBlockWithoutItsIgnoreRule_IsSeenAsAnEdit(string partialRules)
    {
        // The same noise as above with one of the outlet's two rules missing: the rules are what keeps it quiet.
        await using var site = await StartOutletAsync(partialRules);
        await site.PassAsync();
        site.Advance(TimeSpan.FromDays(1));
        Publish(site, new NewsHtml.Noise(13));
        await site.PassAsync();

        var signals = await site.ContentSignalsAsync();
        Assert.Equal(3, signals.Count);
        Assert.All(signals, s => Assert.Equal(SignalKinds.StealthEdit, s.Kind));
        Assert.All(signals, s => Assert.Contains(s.Reason, EditKinds));
    }

    [Fact]
    public async Task Pass_ArticleBodyEdited_RaisesStealthEditWithDiffAndBothSnapshotsInWarc()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();

        site.Advance(TimeSpan.FromDays(1));
        var edited = NewsHtml.RussianParagraphs.ToArray();
        edited[1] = "Истец требует опровергнуть публикацию о государственных закупках.";
        site.Serve(Ru, NewsHtml.Article("Суд начал рассмотрение иска против редакции", edited, new NewsHtml.Noise(99)));
        await site.PassAsync();

        var signal = Assert.Single(await site.ContentSignalsAsync());
        Assert.Equal(SignalKinds.StealthEdit, signal.Kind);
        Assert.Equal(site.Url(Ru), signal.Url);
        Assert.Equal("farm", signal.Outlet);
        Assert.Contains("- " + NewsHtml.RussianParagraphs[1], signal.Diff, StringComparison.Ordinal);
        Assert.Contains("+ Истец требует опровергнуть публикацию о государственных закупках.", signal.Diff, StringComparison.Ordinal);
        Assert.DoesNotContain("просмотров", signal.Diff, StringComparison.Ordinal);
        Assert.InRange(signal.Similarity!.Value, 0.5, 0.97);

        // Both versions are in the WARC files, where the signal says, and an independent reader accepts the files.
        var before = ReadPayload(site, signal.Previous!);
        var after = ReadPayload(site, signal.Current!);
        Assert.Contains("моральный вред в размере пятидесяти миллионов", before, StringComparison.Ordinal);
        Assert.DoesNotContain("моральный вред в размере пятидесяти миллионов", after, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(site.DataFolder, "warc"), "*.warc.gz"))
        {
            Assert.NotEmpty(WarcioCheck.Run(file));
        }

        // The next pass sees no new edit: the edited version is the new baseline.
        site.Advance(TimeSpan.FromDays(1));
        await site.PassAsync();
        Assert.Single(await site.ContentSignalsAsync());
    }

    [Fact]
    public async Task Pass_HeadlineChanged_RaisesStealthEditNamingTheTitle()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();

        site.Advance(TimeSpan.FromDays(1));
        site.Serve(En, NewsHtml.Article("Court hears claim against outlet", NewsHtml.EnglishParagraphs, new NewsHtml.Noise(5), "en"));
        await site.PassAsync();

        var signal = Assert.Single(await site.ContentSignalsAsync());
        Assert.Equal((SignalKinds.StealthEdit, "title"), (signal.Kind, signal.Reason));
        Assert.Contains("+ Court hears claim against outlet", signal.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pass_ArticlesDeletedRedirectedOrSoft404_RaiseTakedownWithLastGoodSnapshot()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();

        site.Advance(TimeSpan.FromDays(1));
        site.Remove(Ru);
        site.Redirect(Kk, "/");
        site.Serve(En, NewsHtml.NotFoundPage());
        await site.PassAsync();

        var signals = (await site.SignalsAsync(SignalKinds.Takedown)).ToDictionary(s => s.Url);
        Assert.Equal(3, signals.Count);
        Assert.Equal("status_404", signals[site.Url(Ru)].Reason);
        Assert.Equal("redirect_to_home", signals[site.Url(Kk)].Reason);
        Assert.Equal("soft_404", signals[site.Url(En)].Reason);
        Assert.Equal(404, signals[site.Url(Ru)].Current!.HttpStatus);

        var ru = signals[site.Url(Ru)];
        Assert.Equal(200, ru.Previous!.HttpStatus);
        Assert.Contains("Специализированный межрайонный суд", ru.Previous.Snippet, StringComparison.Ordinal);
        Assert.Contains("Специализированный межрайонный суд", ReadPayload(site, ru.Previous), StringComparison.Ordinal);

        // Taken down once, said once: the article is no longer re-checked.
        site.Advance(TimeSpan.FromDays(1));
        await site.PassAsync();
        Assert.Equal(3, (await site.ContentSignalsAsync()).Count);
        var states = (await site.Repository.ArticlesAsync("farm", TestContext.Current.CancellationToken)).Select(a => a.State).Distinct();
        Assert.Equal([ArticleStates.TakenDown], states);
    }

    [Fact]
    public async Task Pass_HomepageReplacedByClosureNotice_RaisesReplacedOnceAndNoArticleTakedowns()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();

        site.Advance(TimeSpan.FromDays(1));
        site.Serve("/", NewsHtml.ClosureNotice());
        foreach (var path in Paths)
        {
            site.Remove(path);
        }

        await site.PassAsync();
        site.Advance(TimeSpan.FromDays(1));
        await site.PassAsync();

        var signal = Assert.Single(await site.ContentSignalsAsync());
        Assert.Equal((SignalKinds.Replaced, "closure"), (signal.Kind, signal.Reason));
        Assert.Equal(site.Url("/"), signal.Url);
        Assert.Contains("Издание прекращает работу", ReadPayload(site, signal.Current!), StringComparison.Ordinal);
        Assert.Contains("Суд начал рассмотрение", ReadPayload(site, signal.Previous!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pass_ClosureNoticeBackAfterAnOutage_IsNotRaisedAgain()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();
        site.Advance(TimeSpan.FromDays(1));
        site.Serve("/", NewsHtml.ClosureNotice());
        await site.PassAsync();

        site.Advance(TimeSpan.FromDays(1));
        site.Serve("/", "<html><body>Bad Gateway</body></html>", status: 502);
        await site.PassAsync();
        site.Advance(TimeSpan.FromDays(1));
        site.Serve("/", NewsHtml.ClosureNotice());
        await site.PassAsync();

        Assert.Single(await site.ContentSignalsAsync());
    }

    [Fact]
    public async Task Pass_TwoPassesAtOnceSeeTheSameTakedown_StoreItOnce()
    {
        // The scheduler's pass and a `content` run by hand, say: the signal's id names what was seen, not the fetch.
        await using var site = await StartOutletAsync();
        await site.PassAsync();
        site.Advance(TimeSpan.FromDays(1));

        // The article answers 404 only once both passes are fetching it, so both judge it taken down.
        var arrived = 0;
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        site.Farm.Map(Ru, async context =>
        {
            if (Interlocked.Increment(ref arrived) >= 2)
            {
                both.TrySetResult();
            }

            await both.Task.WaitAsync(TimeSpan.FromSeconds(10), context.RequestAborted);
            context.Response.StatusCode = 404;
        });

        await Task.WhenAll(site.PassAsync(), site.PassAsync());

        Assert.True(both.Task.IsCompletedSuccessfully, "the two passes did not fetch the article at the same time");

        Assert.Single(await site.SignalsAsync(SignalKinds.Takedown));
    }

    [Fact]
    public async Task Pass_SiteDownOrArticleServerErrors_RaisesNothing()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();

        // Homepage failing: the 404s behind it say nothing about the articles.
        site.Advance(TimeSpan.FromDays(1));
        site.Serve("/", "<html><body><h1>Internal Server Error</h1></body></html>", status: 500);
        site.Remove(Ru);
        await site.PassAsync();

        // Homepage back, articles answering 503 and 403: unreachable and refused, not taken down.
        site.Advance(TimeSpan.FromDays(1));
        Publish(site, new NewsHtml.Noise(3));
        site.Serve(Ru, "<html><body>Service Unavailable</body></html>", status: 503);
        site.Serve(Kk, "<html><body>Forbidden</body></html>", status: 403);
        await site.PassAsync();

        Assert.Empty(await site.ContentSignalsAsync());
        var outcomes = SqliteQuery.Rows(site.StorePath, "SELECT url, outcome FROM snapshots WHERE fetched_at = (SELECT max(fetched_at) FROM snapshots s2 WHERE s2.url = snapshots.url)")
            .ToDictionary(r => (string)r["url"]!, r => (string)r["outcome"]!);
        Assert.Equal(FetchOutcomes.Unreachable, outcomes[site.Url(Ru)]);
        Assert.Equal(FetchOutcomes.Refused, outcomes[site.Url(Kk)]);
    }

    [Fact]
    public async Task Pass_TransientNotFound_IsNotConfirmedAndRaisesNothing()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();

        // The first fetch of the article in this pass answers 404, the confirming one serves it again.
        var answered = 0;
        var article = NewsHtml.Article("Суд начал рассмотрение иска против редакции", NewsHtml.RussianParagraphs, new NewsHtml.Noise(1));
        site.Farm.Map(Ru, async context =>
        {
            if (Interlocked.Increment(ref answered) == 1)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(article, context.RequestAborted);
        });
        site.Advance(TimeSpan.FromDays(1));
        await site.PassAsync();

        Assert.Equal(2, answered);
        Assert.Empty(await site.ContentSignalsAsync());
    }

    [Fact]
    public async Task Pass_RobotsDisallowsAnArticle_ItIsNeverFetched()
    {
        await using var site = await StartOutletAsync();
        site.Serve("/robots.txt", "User-agent: *\nAllow: /\n\nUser-agent: MediaMonitor\nDisallow: /kk/\n", contentType: "text/plain");
        site.Farm.ResetCounters();

        var summary = await site.PassAsync();

        Assert.Equal(0, site.Farm.RequestCount(Kk));
        Assert.Equal(1, site.Farm.RequestCount(Ru));
        Assert.Equal(1, summary.Disallowed);
        Assert.Equal(1, site.Farm.RequestCount("/robots.txt"));
    }

    [Fact]
    public async Task Pass_ArticlesRecheckedDailyThenWeekly()
    {
        await using var site = await StartOutletAsync();
        await site.PassAsync();
        var counts = new List<int>();
        for (var day = 1; day <= 14; day++)
        {
            site.Advance(TimeSpan.FromDays(1));
            counts.Add((await site.PassAsync()).ArticlesChecked);
        }

        // Daily for the first week (days 1..7), then the check on day 7 schedules the next for day 14.
        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0, 3], counts);
    }

    [Fact]
    public async Task Pass_UserAgentNamesTheProjectAndTheContact()
    {
        await using var site = await StartOutletAsync(contentSettings: ", \"Contact\": \"press-freedom@example.kz\"");
        string? agent = null;
        site.Farm.Map("/robots.txt", context =>
        {
            agent = context.Request.Headers.UserAgent.ToString();
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        await site.PassAsync();

        Assert.NotNull(agent);
        Assert.StartsWith("MediaMonitor/", agent, StringComparison.Ordinal);
        Assert.Contains("contact: press-freedom@example.kz", agent, StringComparison.Ordinal);
    }

    internal const string OutletIgnoreRules = """, "ignore": [ { "selectors": [ ".ad-slot", ".sidebar" ] }, { "urlPrefix": "http://news.farm.test", "lines": [ "^Курс валют" ] } ]""";

    internal static async Task<OutletSite> StartOutletAsync(string outletExtra = "", string contentSettings = "")
    {
        var site = await OutletSite.StartAsync(
            outletExtra.Length > 0 ? outletExtra : OutletIgnoreRules,
            contentSettings);
        Publish(site, new NewsHtml.Noise(0));
        return site;
    }

    internal static void Publish(OutletSite site, NewsHtml.Noise noise)
    {
        noise = noise with { Popular = Paths };
        site.Serve("/", NewsHtml.Home([(Ru, "Суд начал рассмотрение иска против редакции"), (Kk, "Сот редакцияға қарсы талапты қарай бастады"), (En, "Court begins hearing defamation claim against outlet")], noise));
        site.Serve(Ru, NewsHtml.Article("Суд начал рассмотрение иска против редакции", NewsHtml.RussianParagraphs, noise));
        site.Serve(Kk, NewsHtml.Article("Сот редакцияға қарсы талапты қарай бастады", NewsHtml.KazakhParagraphs, noise, "kk"));
        site.Serve(En, NewsHtml.Article("Court begins hearing defamation claim against outlet", NewsHtml.EnglishParagraphs, noise, "en"));
        var published = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        site.Serve("/rss.xml", NewsHtml.Rss(site.BaseUrl, [(Ru, "Суд начал рассмотрение иска", published), (Kk, "Сот талапты қарай бастады", published.AddHours(1))]), contentType: "application/rss+xml; charset=utf-8");
    }

    private static string ReadPayload(OutletSite site, SnapshotEvidence evidence)
    {
        Assert.NotNull(evidence.WarcFile);
        var record = WarcTestReader.ReadAt(Path.Combine(site.DataFolder, evidence.WarcFile!), evidence.WarcOffset!.Value, evidence.WarcLength!.Value);
        Assert.Equal("response", record.Type);
        Assert.Equal(evidence.PayloadSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(record.HttpPayload())));
        return Encoding.UTF8.GetString(record.HttpPayload());
    }
}
