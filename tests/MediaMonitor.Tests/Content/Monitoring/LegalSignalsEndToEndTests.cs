using MediaMonitor.Signals;
using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Content.Monitoring;

/// <summary>
/// Legal signals end to end: the loopback farm publishes articles about a lawsuit against a listed
/// outlet; the content pass reads them and the store holds the signal with its subject and evidence,
/// one event however many articles report it.
/// </summary>
public sealed class LegalSignalsEndToEndTests
{
    private const string Report = "/news/40001-sud-prinyal-isk-k-vlast";
    private const string Second = "/news/40002-isk-protiv-vlast-otsenili-v-50-mln";
    private const string Sports = "/news/40003-cas-ostavil-v-sile-diskvalifikatsiyu";

    // Two outlets of the shipped list, as config/outlets/kz.json has them.
    private const string ListedOutlets = """
        , { "id": "vlast", "name": "Vlast.kz", "country": "KZ", "domains": ["vlast.kz"], "people": [ { "name": "Вячеслав Абрамов", "latin": "Vyacheslav Abramov" } ] }
        , { "id": "ratel", "name": "Ratel.kz", "country": "KZ", "domains": ["ratel.kz"], "people": [ { "name": "Марат Асипов", "latin": "Marat Asipov" } ] }
        """;

    [Fact]
    public async Task Pass_ArticleAboutALawsuitAgainstAListedOutlet_StoresTheSignalWithSubjectAndEvidence()
    {
        await using var site = await OutletSite.StartAsync(withFeed: false, moreOutlets: ListedOutlets);
        var noise = new NewsHtml.Noise(1);
        site.Serve("/", NewsHtml.Home([(Report, "Суд принял иск к Vlast.kz"), (Second, "Иск против Vlast.kz оценили в 50 млн"), (Sports, "CAS оставил в силе дисквалификацию")], noise));
        site.Serve(Report, NewsHtml.Article(
            "Суд принял иск к Vlast.kz",
            [
                "Медеуский районный суд Алматы принял к производству иск о защите чести и достоинства против интернет-издания Vlast.kz.",
                "Истец, бывший заместитель акима области, требует взыскать с редакции 50 млн тенге морального вреда и опубликовать опровержение.",
                "В редакции заявили, что располагают документами, подтверждающими каждое слово расследования о государственных закупках.",
            ],
            noise));
        site.Serve(Second, NewsHtml.Article(
            "Иск против Vlast.kz оценили в 50 млн",
            [
                "Бывший заместитель акима подал в суд на Vlast.kz, требуя 50 млн тенге за публикацию о закупках.",
                "Юристы правозащитной организации назвали сумму иска несоразмерной и указали на давление на независимые СМИ.",
                "Дата первого заседания пока не назначена, сообщили в пресс-службе суда по телефону нашему корреспонденту.",
            ],
            noise));
        site.Serve(Sports, NewsHtml.Article(
            "CAS оставил в силе дисквалификацию",
            [
                "Спортивный арбитражный суд в Лозанне оставил в силе решение о дисквалификации казахстанского боксёра на два года.",
                "Федерация бокса заявила, что подаст апелляцию в Федеральный суд Швейцарии, и попросила журналистов не спешить с выводами.",
                "Спортсмен продолжит тренировки в Алматы и надеется вернуться на ринг к следующему чемпионату Азии в будущем году.",
            ],
            noise));

        await site.PassAsync();

        var lawsuits = await site.SignalsAsync(LegalKinds.Lawsuit);
        Assert.True(lawsuits.Count == 2, string.Join("\n", lawsuits.Select(l => $"{l.Url} {l.Subject} {l.Evidence}")));
        var first = Assert.Single(lawsuits, s => s.Url == site.Url(Report));
        Assert.Equal(("vlast", "farm"), (first.Subject, first.Outlet));
        Assert.Contains("иск о защите чести и достоинства против интернет-издания Vlast.kz", first.Evidence, StringComparison.Ordinal);
        Assert.Equal((50_000_000m, "KZT"), (first.Details!.Amount, first.Details.Currency));
        Assert.Equal("Медеуский районный суд Алматы", first.Details.Court);
        Assert.InRange(first.Confidence!.Value, 0.5, 1.0);
        Assert.NotNull(first.Current!.WarcFile);

        // Two reports, one event.
        Assert.Equal(first.EventId, lawsuits.Single(s => s.Url == site.Url(Second)).EventId);
        var legalEvent = Assert.Single(await site.Repository.LegalEventsAsync(TestContext.Current.CancellationToken), e => e.Kind == LegalKinds.Lawsuit);
        Assert.Equal(("vlast", 2), (legalEvent.Subject, legalEvent.Sources));

        // The sports story raises nothing, and no signal names the sports court.
        Assert.DoesNotContain(await site.SignalsAsync(), s => s.Url == site.Url(Sports));
        Assert.Equal(2, SqliteQuery.Count(site.StorePath, "SELECT count(*) FROM outbox WHERE kind = 'signal'"));

        // Read again on the next day, unchanged: nothing new.
        site.Advance(TimeSpan.FromDays(1));
        await site.PassAsync();
        Assert.Equal(2, (await site.SignalsAsync()).Count);
    }

    [Fact]
    public async Task RunSources_MonitoringFeedItem_IsReadOnceForLegalSignals()
    {
        const string item = "/alerts/2026/11/ratel-editor-detained";
        await using var site = await OutletSite.StartAsync(contentSettings: ", \"Sources\": [ { \"Name\": \"monitor\", \"Feed\": \"http://news.farm.test:{PORT}/monitor.xml\" } ]", withFeed: false, moreOutlets: ListedOutlets);
        site.Serve("/monitor.xml", NewsHtml.Rss(site.BaseUrl, [(item, "Ratel.kz editor detained", new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero))]), contentType: "application/rss+xml");
        site.Serve(item, NewsHtml.Article(
            "Ratel.kz editor detained in Almaty",
            [
                "Police in Almaty detained Marat Asipov, the editor-in-chief of Ratel.kz, on Tuesday morning outside the newsroom.",
                "Officers did not explain the grounds for the detention; his lawyer was not allowed to see him for four hours.",
                "The outlet has published a series of investigations into public procurement in the region over the past year.",
            ],
            new NewsHtml.Noise(2),
            "en"));
        var ct = TestContext.Current.CancellationToken;

        var summary = await site.Monitor.RunSourcesAsync(ct);
        site.Advance(TimeSpan.FromDays(2));
        await site.Monitor.RunSourcesAsync(ct);

        Assert.Equal((1, 1), (summary.ArticlesFound, summary.ArticlesChecked));
        var detention = Assert.Single(await site.SignalsAsync(LegalKinds.Detention));
        Assert.Equal(("marat asipov", "marat asipov", "source:monitor"), (detention.Subject, detention.Person, detention.Outlet));
        Assert.StartsWith("Police in Almaty detained Marat Asipov", detention.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, site.Farm.RequestCount(item));
    }
}
