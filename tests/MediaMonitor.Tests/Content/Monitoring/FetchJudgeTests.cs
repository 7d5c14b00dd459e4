using MediaMonitor.Content.Changes;
using MediaMonitor.Content.Monitoring;

namespace MediaMonitor.Tests.Content.Monitoring;

/// <summary>Pins what a content fetch means, including every case where the honest answer is "not a takedown".</summary>
public sealed class FetchJudgeTests
{
    private static readonly Uri Article = new("https://vlast.kz/novosti/61234-sud-nachal-rassmotrenie.html");
    private static readonly string[] Domains = ["vlast.kz"];

    private static readonly string Body = string.Join("\n", Tests.Content.Monitoring.NewsHtml.RussianParagraphs);

    private static readonly PageSnapshot LastGood = new()
    {
        Id = Guid.CreateVersion7(),
        Url = Article.AbsoluteUri,
        Role = ContentMonitor.ArticleRole,
        FetchedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        Outcome = FetchOutcomes.Good,
        HttpStatus = 200,
        Title = "Суд начал рассмотрение иска",
        Text = Body,
    };

    [Theory]
    [InlineData(404, "status_404")]
    [InlineData(410, "status_410")]
    [InlineData(451, "status_451")]
    public void JudgeArticle_TakedownStatus_IsTakenDown(int status, string reason)
    {
        var judgement = Judge(Seen(status));

        Assert.Equal((FetchOutcomes.TakenDown, reason), (judgement.Outcome, judgement.Reason));
    }

    [Theory]
    [InlineData(500, FetchOutcomes.Unreachable)]
    [InlineData(502, FetchOutcomes.Unreachable)]
    [InlineData(503, FetchOutcomes.Unreachable)]
    [InlineData(429, FetchOutcomes.Unreachable)]
    [InlineData(401, FetchOutcomes.Refused)]
    [InlineData(403, FetchOutcomes.Refused)]
    [InlineData(400, FetchOutcomes.Refused)]
    public void JudgeArticle_ErrorThatIsNotAboutTheArticle_IsNeverATakedown(int status, string outcome)
    {
        var judgement = Judge(Seen(status));

        Assert.Equal(outcome, judgement.Outcome);
        Assert.Equal($"http_{status}", judgement.Reason);
    }

    [Theory]
    [InlineData("connection_reset")]
    [InlineData("generic_timeout_error")]
    [InlineData("dns_nxdomain_error")]
    public void JudgeArticle_NetworkFailure_IsUnreachable(string failure)
    {
        var judgement = Judge(new Observation(Article, null, failure, Article, false, false, null, null));

        Assert.Equal((FetchOutcomes.Unreachable, failure), (judgement.Outcome, judgement.Reason));
    }

    [Theory]
    [InlineData("https://vlast.kz/")]
    [InlineData("https://www.vlast.kz/")]
    [InlineData("http://vlast.kz")]
    [InlineData("https://vlast.kz/ru/")]
    [InlineData("https://vlast.kz/index.php")]
    public void JudgeArticle_RedirectToTheHomepage_IsTakenDown(string final)
    {
        var judgement = Judge(Seen(200, final: final, text: "Главная страница со списком новостей за сегодня"));

        Assert.Equal((FetchOutcomes.TakenDown, "redirect_to_home"), (judgement.Outcome, judgement.Reason));
    }

    [Theory]
    [InlineData("https://vlast.kz/novosti/61234-sud-nachal-rassmotrenie-iska.html")]
    [InlineData("https://vlast.kz/novosti/")]
    [InlineData("https://other.example/")]
    public void JudgeArticle_RedirectElsewhere_IsJudgedByItsContent(string final)
    {
        var judgement = Judge(Seen(200, final: final));

        Assert.Equal(FetchOutcomes.Good, judgement.Outcome);
        Assert.Equal(ChangeKinds.None, judgement.Change!.Kind);
    }

    [Theory]
    [InlineData("Страница не найдена", "Возможно, она была удалена. Вернуться на главную")]
    [InlineData("Vlast.kz", "Ошибка 404. Страница не найдена.")]
    [InlineData("Бет табылмады", "Басты бетке оралу")]
    [InlineData("Page not found", "Sorry, this page does not exist.")]
    [InlineData("Vlast.kz", "Материал удален по требованию правообладателя.")]
    public void JudgeArticle_NotFoundPageWithStatus200_IsSoft404(string title, string text)
    {
        var judgement = Judge(Seen(200, title: title, text: text));

        Assert.Equal((FetchOutcomes.TakenDown, "soft_404"), (judgement.Outcome, judgement.Reason));
    }

    [Fact]
    public void JudgeArticle_ArticleAboutAPageNotFound_IsNotASoft404()
    {
        // A long article that quotes the phrase is news about it, not a "not found" page.
        var text = Body + "\nНа сайте министерства по запросу редакции открывается страница не найдена, хотя документ был опубликован.";
        var lastGood = LastGood with { Text = text };

        var judgement = FetchJudge.JudgeArticle(Seen(200, text: text), lastGood, Domains, ChangeContext.Default);

        Assert.Equal(FetchOutcomes.Good, judgement.Outcome);
        Assert.False(judgement.IsEdit);
    }

    [Fact]
    public void JudgeArticle_EmptyMainText_IsRefusedNotTakenDown()
    {
        var judgement = Judge(Seen(200, text: ""));

        Assert.Equal((FetchOutcomes.Refused, "no_text"), (judgement.Outcome, judgement.Reason));
    }

    [Fact]
    public void JudgeArticle_TextTheIgnoreRulesEmpty_IsRefusedNotTakenDown()
    {
        // A page left with only a date line and a view counter: nothing to compare, not a deletion.
        var judgement = Judge(Seen(200, text: "Обновлено: 14:35, 26 ноября 2026\n👁 1234 просмотров"));

        Assert.Equal((FetchOutcomes.Refused, "no_text"), (judgement.Outcome, judgement.Reason));
    }

    [Fact]
    public void JudgeArticle_BinaryBody_IsNotText()
    {
        var judgement = Judge(Seen(200) with { IsText = false });

        Assert.Equal(FetchOutcomes.NotText, judgement.Outcome);
    }

    [Fact]
    public void JudgeArticle_BlockpageFingerprint_IsBlockpageNotTakedown()
    {
        var judgement = Judge(Seen(200, text: "Доступ к ресурсу ограничен") with { Blockpage = true });

        Assert.Equal((FetchOutcomes.Blockpage, "fingerprint"), (judgement.Outcome, judgement.Reason));
    }

    [Fact]
    public void JudgeArticle_BlockpageTextWithoutFingerprint_IsBlockpage()
    {
        var judgement = Judge(Seen(200, title: "Внимание", text: "Доступ к ресурсу ограничен на основании решения уполномоченного органа."));

        Assert.Equal(FetchOutcomes.Blockpage, judgement.Outcome);
    }

    [Fact]
    public void JudgeArticle_BotChallenge_IsRefused()
    {
        var judgement = Judge(Seen(200, title: "Just a moment...", text: "Checking your browser") with { Challenge = true });

        Assert.Equal((FetchOutcomes.Refused, "challenge"), (judgement.Outcome, judgement.Reason));
    }

    [Fact]
    public void JudgeArticle_ClosureNotice_IsReplacedNotTakedown()
    {
        var judgement = Judge(Seen(200, title: "Vlast.kz", text: "Уважаемые читатели, издание прекращает работу."));

        Assert.Equal((FetchOutcomes.Replaced, "closure"), (judgement.Outcome, judgement.Reason));
    }

    [Fact]
    public void JudgeArticle_SameText_IsGoodWithoutEdit()
    {
        var judgement = Judge(Seen(200));

        Assert.Equal(FetchOutcomes.Good, judgement.Outcome);
        Assert.False(judgement.IsEdit);
    }

    [Fact]
    public void JudgeArticle_ParagraphRewritten_IsAnEdit()
    {
        var text = Body.Replace("пятидесяти миллионов тенге", "крупной суммы", StringComparison.Ordinal);

        var judgement = Judge(Seen(200, text: text));

        Assert.True(judgement.IsEdit);
        Assert.Contains("крупной суммы", judgement.Change!.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeArticle_OnlyTheHeadlineChanged_IsAnEditOfTheTitle()
    {
        var judgement = Judge(Seen(200, title: "Суд отказался рассматривать иск"));

        Assert.True(judgement.IsEdit);
        Assert.True(judgement.TitleChanged);
        Assert.Equal(ChangeKinds.None, judgement.Change!.Kind);
    }

    [Fact]
    public void JudgeArticle_FirstFetch_IsGoodWithNothingToCompare()
    {
        var judgement = FetchJudge.JudgeArticle(Seen(200), null, Domains, ChangeContext.Default);

        Assert.Equal(FetchOutcomes.Good, judgement.Outcome);
        Assert.Null(judgement.Change);
        Assert.False(judgement.IsEdit);
    }

    [Fact]
    public void JudgePage_HomepageBecomesParkedDomain_IsReplaced()
    {
        var judgement = FetchJudge.JudgePage(Seen(200, title: "vlast.kz", text: "This domain is for sale! Buy this domain today."), LastGood, ChangeContext.Default);

        Assert.Equal((FetchOutcomes.Replaced, "parked-domain"), (judgement.Outcome, judgement.Reason));
    }

    [Theory]
    [InlineData(404, FetchOutcomes.Refused)]
    [InlineData(503, FetchOutcomes.Unreachable)]
    public void JudgePage_ErrorStatus_IsNoContentJudgement(int status, string outcome)
    {
        var judgement = FetchJudge.JudgePage(Seen(status), LastGood, ChangeContext.Default);

        Assert.Equal(outcome, judgement.Outcome);
        Assert.Null(judgement.Change);
    }

    [Fact]
    public void JudgePage_NewsRotatedOnTheHomepage_IsGoodWithAMajorChange()
    {
        var judgement = FetchJudge.JudgePage(Seen(200, text: string.Join("\n", Tests.Content.Monitoring.NewsHtml.EnglishParagraphs)), LastGood, ChangeContext.Default);

        Assert.Equal(FetchOutcomes.Good, judgement.Outcome);
        Assert.Equal(ChangeKinds.Major, judgement.Change!.Kind);
    }

    [Theory]
    [InlineData("https://vlast.kz/", true)]
    [InlineData("https://vlast.kz/?utm_source=x", false)]
    [InlineData("https://news.vlast.kz/kz/", true)]
    [InlineData("https://vlast.kz.evil.example/", false)]
    [InlineData("https://notvlast.kz/", false)]
    [InlineData("https://vlast.kz/novosti/", false)]
    public void IsHomepage_Cases(string url, bool expected) =>
        Assert.Equal(expected, FetchJudge.IsHomepage(new Uri(url), Domains));

    private static Judgement Judge(Observation now) => FetchJudge.JudgeArticle(now, LastGood, Domains, ChangeContext.Default);

    private static Observation Seen(int status, string? final = null, string? title = null, string? text = null)
    {
        var finalUrl = final is null ? Article : new Uri(final);
        return new Observation(Article, status, null, finalUrl, final is not null, true, title ?? LastGood.Title, text ?? Body);
    }
}
