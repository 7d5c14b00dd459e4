using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev34-dev37 sets: what a publication is about is neither an event nor a negative's
/// evidence; a verdict under appeal leaves its suit pending; a person's actor word with an outlet's name is that outlet's
/// journalist; a country, a lower-case quoted word and a quoted editor give no subject.
/// </summary>
public sealed class LegalDetectorContentAndStaffTests
{
    [Fact]
    public void Detect_NegativeWordInWhatTheArticleIsAbout_DoesNotCancelTheCase() =>
        Assert.Equal("kanat ospanov", Assert.Single(Detect("Prosecutors have charged Kanat Ospanov, editor of the news site Turkistan Times, with disseminating false "
            + "information over an article alleging that a district judge had accepted bribes."), f => f.Kind == LegalKinds.CriminalCase).Subject);

    [Theory]
    [InlineData("The Ministry of Information demanded that Eurasianet take down an article about the detention of protesters in Zhanaozen, the outlet said.")]
    [InlineData("Прокуратура потребовала от редакции Orda.kz удалить статью о задержании участников митинга в Жанаозене.")]
    public void Detect_EventInWhatTheArticleIsAbout_IsNoEvent(string text)
    {
        var found = Detect(text);

        Assert.Contains(found, f => f.Kind == LegalKinds.TakedownDemand);
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Detention);
    }

    [Fact]
    public void Detect_EnglishAppositionWithoutAnArticle_MakesTheOutletWhereTheTargetWorks() =>
        Assert.Equal("kanat ospanov", Assert.Single(Detect("Prosecutors in Shymkent have indicted Kanat Ospanov, editor of the regional news site Turkistan Times, "
            + "on charges of disseminating knowingly false information, his lawyer said on Friday."), f => f.Kind == LegalKinds.CriminalCase).Subject);

    [Fact]
    public void Detect_AppealHearingOfASuitWithAFirstInstanceRuling_KeepsTheSuitPending()
    {
        var found = Detect("Облыстық сотта журналист Мейрамгүл Тасболатқа қарсы ар-намыс ісі бойынша апелляциялық отырыс өтті. "
            + "Бірінші сатыдағы сот талапты ішінара қанағаттандырған.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "meiramgul tasbolat");
        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "meiramgul tasbolat");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_EditorOfAnOutletInTheTitle_IsTheOneJournalistTheTextNames() =>
        Assert.Equal("yerlan dosov", Assert.Single(Detect("Главного редактора Orda.kz вызвали на допрос. Журналист Ерлан Досов провёл в департаменте полиции четыре часа."),
            f => f.Kind == LegalKinds.Detention).Subject);

    [Fact]
    public void Detect_EditorOfAnOutletWithTwoJournalistsNamed_StaysTheOutlets() =>
        Assert.Contains(Detect("Главного редактора Orda.kz вызвали на допрос. Журналист Ерлан Досов рассказал, что оператор Асель Кенжебаева ждала его у здания полиции."),
            f => f.Kind == LegalKinds.Detention && f.Subject == "orda");

    [Fact]
    public void Detect_CountryAfterASiteWord_IsNoSubject()
    {
        var found = Detect("Министрлік «Арал Тынысы» сайтынан экология туралы мақаланы өшіруді талап еткен. Редакция бас тартқан соң, сайтқа Қазақстан аумағынан қолжетімділік шектелді.");

        Assert.Equal("aral tynysy", Assert.Single(found, f => f.Kind == LegalKinds.BlockingOrder).Subject);
    }

    [Fact]
    public void Detect_LowerCaseQuotedWord_IsNoTitle() =>
        Assert.Equal("nomad post", Assert.Single(Detect("Court brands exiled outlet's website \"extremist\". A court in Astana has declared the materials of Nomad Post, "
            + "a news site run by journalists living in Europe, extremist and banned their distribution."), f => f.Kind == LegalKinds.BlockingOrder).Subject);

    [Fact]
    public void Detect_BlockingOrderAnEditorIsQuotedOn_IsTheSites() =>
        Assert.All(Detect("«Уральская неделя» газетінің сайты бұғатталды. Оқырмандар uralskweek.kz сайтына кіре алмай отыр. Газеттің бас редакторы Тамара "
            + "Еслямованың айтуынша, министрлік сайтқа кіруді шектеген, материалдардың бірінде «заңсыз ақпарат» бар делінген.").Where(f => f.Kind == LegalKinds.BlockingOrder),
            f => Assert.Equal("uralskweek", f.Subject));

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
