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

    [Theory]
    [InlineData("По делу блогера Ержана Абилова прошло выездное заседание: судья и стороны выехали в село Жанакорган.", "yerzhan abilov")]
    [InlineData("Ақтөбе облыстық сотында «Ақтөбе тынысы» сайтының бас редакторы Ғалымжан Ержановтың ісі бойынша сот тергеуі жалғасып жатыр.", "galymzhan yerzhanov")]
    public void Detect_SessionHeldAwayOrTrialGoingOn_IsAHearing(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == LegalKinds.Hearing && f.Subject == subject);

    [Theory]
    [InlineData("В Астане состоялось расширенное заседание Союза журналистов, посвящённое закону о СМИ.")]
    [InlineData("В Мажилисе прошли общественные слушания по законопроекту о СМИ.")]
    public void Detect_MeetingsThatAreNoCourts_AreNoHearing(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Hearing);

    [Fact]
    public void Detect_WitnessesQuestionedAtTheScene_AreNoDetention() =>
        Assert.DoesNotContain(Detect("По делу блогера Ержана Абилова прошло выездное заседание. Участники процесса осмотрели оросительный канал, показанный в видео, и допросили местных жителей."),
            f => f.Kind == LegalKinds.Detention);

    [Fact]
    public void Detect_ClaimFiledWithTheOutletInTheDative_IsASuit() =>
        Assert.Contains(Detect("Бұрынғы вице-министр Азаттық радиосына талап арыз берді."), f => f.Kind == LegalKinds.Lawsuit && f.Subject == "azattyq");

    [Fact]
    public void Detect_ClaimFiledWithTheCourt_DoesNotMakeTheOfficialATarget() =>
        Assert.DoesNotContain(Detect("«Қостанай Жаңалықтары» сайтының журналисі Алмас Төлегенов әкімдік аккредитация беруден негізсіз бас тартты деп, сотқа талап арыз түсірді."),
            f => f.Kind == LegalKinds.Lawsuit);

    [Fact]
    public void Detect_NewspapersOwnClaimGranted_IsNoRulingAgainstIt() =>
        Assert.DoesNotContain(Detect("Қостанай облысының мамандандырылған ауданаралық экономикалық соты «Қостанай таңы» газетінің талабын қанағаттандырды."),
            f => f.Kind == LegalKinds.Verdict);

    [Fact]
    public void Detect_BroadcastLicenceStopped_IsABlockingOrder() =>
        Assert.Contains(Detect("Өңірлік «Ертіс» телеарнасының хабар тарату лицензиясы тоқтатылды."), f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "yertis");

    [Fact]
    public void Detect_ChannelsMaterialsBannedOnAProsecutorsClaim_IsABlockingOrderAndNoSuit()
    {
        var found = Detect("Суд № 2 города Атырау по иску прокуратуры признал запрещёнными к распространению материалы телеграм-канала «Атырау Ньюс».");

        Assert.Contains(found, f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "atyrau news");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Lawsuit);
    }

    [Fact]
    public void Detect_BloggerWhoDeceivedPeople_IsNoPressure() =>
        Assert.Empty(Detect("Полиция қызметкерлері Instagram желісінде қайырымдылық жинаймын деп азаматтарды алдаған 30 жастағы блогерді ұстады."));

    [Theory]
    [InlineData("A court in Almaty has sentenced a 41-year-old man to two years of restricted freedom for threatening to kill a journalist from the business outlet Kursiv.")]
    [InlineData("The Almaty police department on Tuesday dismissed claims circulating on Telegram that a criminal case had been opened against Orda.kz founder Gulnara Bazhkenova.")]
    [InlineData("Journalists from several outlets, including KazTAG and Kursiv, covered the hearings of the case against the former akim.")]
    [InlineData("In a letter to Vlast.kz, the bank said the column \"damages its business reputation\" and warned that it would sue if the text remained online.")]
    [InlineData("Апелляциялық отырысқа журналистің әріптестері мен құқық қорғаушылар қатысты.")]
    [InlineData("Авторы доклада отмечают рост числа уголовных дел против журналистов по статье о ложной информации.")]
    public void Detect_VictimsDenialsObserversWarningsAndStatistics_AreNoEvents(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_SuitAboutBusinessReputationReachingTheCourt_IsNoCriminalCase() =>
        Assert.DoesNotContain(Detect("Иск о защите чести, достоинства и деловой репутации журналиста Руслана Ибраева поступил в Экибастузский городской суд."),
            f => f.Kind == LegalKinds.CriminalCase);

    [Fact]
    public void Detect_CriminalCaseReachingTheCourt_IsACriminalCase() =>
        Assert.Contains(Detect("Уголовное дело журналиста Ивана Петрова поступило в Экибастузский городской суд."),
            f => f.Kind == LegalKinds.CriminalCase && f.Subject == "ivan petrov");

    [Theory]
    [InlineData("An appeals panel of the Mangystau regional court has adjourned the appeal of activist and blogger Yerkin Sagatov until 2 October.", "yerkin sagatov")]
    [InlineData("A defamation lawsuit brought against Vlast.kz by pharmaceutical distributor MedTrade KZ was heard in an Almaty court on Wednesday.", "vlast")]
    public void Detect_AppealAdjournedOrSuitHeard_IsAHearing(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == LegalKinds.Hearing && f.Subject == subject);

    [Fact]
    public void Detect_CaseSheFacedYearsAgo_IsHistory() =>
        Assert.Empty(Detect("She mentioned the criminal case she faced in 2021 only briefly, saying the newsroom of Vlast.kz had \"learned to live with pressure\"."));

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
