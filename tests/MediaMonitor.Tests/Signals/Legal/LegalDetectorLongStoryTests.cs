using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev58-dev61 sets: long articles in which the event against media is one part of a
/// story about other people's cases, detentions and blocking orders beside close negatives, and a comma where a
/// pattern's word gap expects a space.
/// </summary>
public sealed class LegalDetectorLongStoryTests
{
    [Fact]
    public void Detect_CommaAfterTheCourt_StillReadsTheRuling()
    {
        var found = Detect("Суд, рассмотрев иск, обязал редакцию газеты «Время» опубликовать опровержение.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict && f.Subject == "vremya");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Lawsuit);
    }

    [Fact]
    public void Detect_BloggerWhoRefusedInTheCourtBuilding_IsNoRuling() =>
        Assert.DoesNotContain(Detect("Медиатор провёл две встречи в здании суда, однако блогер Жандос Утегенов отказался признавать сведения недостоверными."),
            f => f.Kind == LegalKinds.Verdict);

    [Theory]
    [InlineData("Главред Ratel.kz задержан?")]
    [InlineData("Kyrgyz authorities block 24.kg for a week?")]
    [InlineData("«Factcheck.kz» сайты бұғатталды ма?")]
    public void Detect_QuestionHeadline_AsksAndDoesNotReport(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_StatementAfterTheQuestion_IsReported() =>
        Assert.Contains(Detect("Главред Ratel.kz задержан? Да: полиция задержала главного редактора Ratel.kz Марата Асипова в аэропорту."),
            f => f.Kind == LegalKinds.Detention);

    [Theory]
    [InlineData("Списки заблокированных сайтов направлены операторам связи.")]
    [InlineData("The ministry has already restricted access to the sites.")]
    [InlineData("Провайдерлерге сайттарды бұғаттау жөнінде нұсқау берілді.")]
    public void Detect_SitesInThePluralWithNoName_AreNoOutlet(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.BlockingOrder);

    [Fact]
    public void Detect_OneSiteWithNoName_IsStillBlocked() =>
        Assert.Contains(Detect("По предписанию министерства заблокирован сайт, публиковавший расследования о закупках."), f => f.Kind == LegalKinds.BlockingOrder);

    [Fact]
    public void Detect_MessageSpreadOnline_IsARumour() =>
        Assert.Empty(Detect("В сети распространилось сообщение о том, что МКИ заблокировало новостной Telegram-канал «Атырау Ньюс»."));

    [Fact]
    public void Detect_ItIsNoBlocking_IsDenied() =>
        Assert.Empty(Detect("«Это не блокировка и не атака, работа уже восстановлена», — написал редактор сайта «Хроника Туркменистана»."));

    [Fact]
    public void Detect_EnterpriseFinedAfterAnOutletsReport_IsNoVerdictAgainstTheOutlet() =>
        Assert.DoesNotContain(Detect("После материалов портала «Ертіс Инфо» о свалке в суд был направлен иск прокуратуры к предприятию. Предприятие оштрафовано на 12 млн тенге."),
            f => f.Kind == LegalKinds.Verdict);

    [Fact]
    public void Detect_WhatAVideoShows_IsNoEvent()
    {
        var found = Detect("МВД потребовало от агентства 24.kg удалить видео, на котором сотрудники милиции избивают задержанного.");

        Assert.Contains(found, f => f.Kind == LegalKinds.TakedownDemand && f.Subject == "24kg");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Detention);
    }

    [Fact]
    public void Detect_VerdictAnnouncedForALaterDate_IsNoVerdict()
    {
        var found = Detect("The trial of journalist Dauren Sultanbekov continued in Almaty on Monday. The court will deliver its verdict on 2 December.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "dauren sultanbekov");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_RecoveryTheClaimAsksFor_IsNoRuling()
    {
        var found = Detect("15 мая в Алмалинском районном суде состоится рассмотрение дела по иску АО «Энерго Сервис» к газете «Время» о защите деловой репутации и взыскании 5 млн тенге.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "vremya");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Theory]
    [InlineData("Суд утвердил мировое соглашение между ТОО «Экибастуз Энерго Сервис» и газетой Ekibastuz News, по которому газета публикует комментарий компании.", "ekibastuz news")]
    [InlineData("The district court approved a settlement between the Ak Zhaiyk newspaper and the developer who had sued it for defamation.", "azh")]
    public void Detect_SettlementTheCourtApproved_IsARuling(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == LegalKinds.Verdict && f.Subject == subject);

    [Fact]
    public void Detect_ReporterSeekingCompensation_IsTheClaimant() =>
        Assert.DoesNotContain(Detect("A journalist in Aktobe has filed a lawsuit against a deputy regional governor who called her \"a paid provocateur\". Dinara Sultanova, a reporter for the Aktobe Vesti website, is seeking a public apology and 1 million tenge in compensation. The first hearing is set for next month."),
            f => f.Kind is LegalKinds.Lawsuit or LegalKinds.Hearing);

    [Fact]
    public void Detect_CompanySeekingDamagesFromANewspaper_IsASuit() =>
        Assert.Contains(Detect("A construction company is seeking 50 million tenge in damages from the newspaper Ak Zhaiyk over an article on its tenders."),
            f => f.Kind == LegalKinds.Lawsuit && f.Subject == "azh");

    [Theory]
    [InlineData("A court in Bishkek fined journalist Aizada Bekova for hooliganism after a scuffle in a parking lot unrelated to her work.")]
    [InlineData("Блогер Арман Сеитов оштрафован судом за драку в кафе, не связанную с его профессиональной деятельностью.")]
    public void Detect_CaseUnrelatedToTheirWork_IsNoPressure(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Verdict);

    [Fact]
    public void Detect_JournalistsCoveringTheTrial_AreNoTarget() =>
        Assert.Empty(Detect("Процесс освещали журналисты местных изданий, которым суд разрешил вести съёмку только во время оглашения приговора."));

    [Fact]
    public void Detect_CourtOrderingAnOutletClosed_IsABlockingOrder()
    {
        var found = Detect("A court in Bishkek has ruled in favour of the Kyrgyz Ministry of Culture and ordered the closure of the media outlet Kloop Media Public Foundation, the founding organisation of Kloop.");

        Assert.Contains(found, f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "kloop");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_RumoursDismissed_AreNoEvent() =>
        Assert.Empty(Detect("Rumours that Kyrgyzstan's culture ministry had ordered providers to block the 24.kg news agency were dismissed on Friday by both the ministry and the agency."));

    [Fact]
    public void Detect_OutletRecallingAnOldBlocking_IsNoEvent() =>
        Assert.Empty(Detect("«Ұлы дала» сайты 2019 жылы бұғатталғанын еске алды"));

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
