using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev38-dev41 sets: background of the story a text tells is reported, old cases are
/// not; a verdict asked for or won by the media actor is no verdict against it; a media actor suing is no suit against
/// media; authors on a platform are media actors; jury selection is a hearing.
/// </summary>
public sealed class LegalDetectorStoryAndClaimantTests
{
    [Fact]
    public void Detect_ChargeToldAsBackgroundOfTheTrial_IsReported()
    {
        var found = Detect("Павлодар қалалық сотында блогер Асқар Темірбеков ісі бойынша сот талқылауы басталды. "
            + "Бұған дейін оған қатысты ҚР ҚК-нің 274-бабы бойынша қылмыстық іс қозғалған болатын.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "askar temirbekov");
        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase && f.Subject == "askar temirbekov");
    }

    [Fact]
    public void Detect_SearchToldAsBackgroundOfTheTrial_IsReported() =>
        Assert.Contains(Detect("В Костанае начался суд над журналистом Арманом Сейткали. Ранее полиция провела обыск в его квартире и изъяла ноутбук."),
            f => f.Kind == LegalKinds.Detention && f.Subject == "arman seitkali");

    [Theory]
    // A year makes it an old case.
    [InlineData("В Костанае начался суд над журналистом Арманом Сейткали. Ранее, в 2015 году, полиция провела обыск в его квартире.")]
    // No current event of the same target: an old case recalled.
    [InlineData("Журналист Арман Сейткали получил премию за расследование о госзакупках. Ранее полиция провела обыск в его квартире.")]
    public void Detect_BackgroundOfNoCurrentStory_IsNotReported(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Detention);

    [Theory]
    [InlineData("Прокурор попросил для журналистки Алии Жумановой два года ограничения свободы. Защита настаивает на оправдательном приговоре.")]
    [InlineData("Мемлекеттік айыптаушы журналист Дәурен Әбілге екі жыл сұрады. Қорғаушы ақтау үкімін шығаруды өтінді.")]
    public void Detect_AcquittalTheDefenceAsksFor_IsAHearingNotAVerdict(string text)
    {
        var found = Detect(text);

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing);
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Theory]
    [InlineData("Суд взыскал с департамента полиции 300 тысяч тенге в пользу журналистки Дарьи Ким, которой помешали снимать митинг.")]
    [InlineData("A court in Taraz ordered a former district official to pay 800,000 tenge to blogger Nurlan Abdrakhmanov for calling him a liar on television.")]
    public void Detect_RulingTheMediaActorWins_IsNoVerdict(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Verdict);

    [Theory]
    [InlineData("Телеканал подал иск к кабельному оператору, требуя 50 млн тенге за ретрансляцию своих программ без договора.")]
    [InlineData("Известный блогер требует взыскать с клиники 5 млн тенге за неудачную операцию.")]
    public void Detect_MediaActorSuing_IsNoSuitAgainstMedia(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Lawsuit);

    [Theory]
    [InlineData("Частная клиника подала иск о защите деловой репутации к автору TikTok-роликов Жанне Омаровой.", "zhanna omarova")]
    [InlineData("A businessman has filed a defamation suit against TikTok creator Dias Nurlanov over a video about his restaurant.", "dias nurlanov")]
    [InlineData("Мейрамхана иесі TikTok авторы Ерболат Сапарға ар-намысын қорғау туралы талап арыз берді.", "yerbolat sapar")]
    [InlineData("Депутат потребовал через суд 20 млн тенге с издания «Степной вестник».", "stepnoi vestnik")]
    public void Detect_SuitAgainstAnAuthorOnAPlatform_IsASuitAgainstMedia(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Detect(text), f => f.Kind == LegalKinds.Lawsuit).Subject);

    [Fact]
    public void Detect_JurySelection_IsAHearing() =>
        Assert.Equal("talgat yermekov", Assert.Single(Detect("В Шымкенте начался отбор присяжных по делу блогера Талгата Ермекова."), f => f.Kind == LegalKinds.Hearing).Subject);

    [Theory]
    [InlineData("Қарағанды облысының полиция департаменті азаматтық журналист Ғалымжан Мұратовқа ҚР ҚК-нің 274-бабы бойынша айып тақты.", LegalKinds.CriminalCase, "galymzhan muratov")]
    [InlineData("Полиция задержала журналиста Павла Белова у здания акимата.", LegalKinds.Detention, "pavel belov")]
    [InlineData("Суд вынес обвинительный приговор журналистке Сауле Исабековой.", LegalKinds.Verdict, "saule isabekova")]
    [InlineData("Сотрудник полиции подал иск о защите чести к автору TikTok-роликов Виктории Ли.", LegalKinds.Lawsuit, "viktoriya li")]
    public void Detect_NameInACase_IsPutBackInTheNominative(string text, string kind, string subject) =>
        Assert.Equal(subject, Assert.Single(Detect(text), f => f.Kind == kind).Subject);

    [Theory]
    [InlineData("According to Adil Soz's annual report, courts heard 38 civil defamation claims against media outlets last year.")]
    [InlineData("Издательский дом «Курсив» подал иск к рекламному агентству, которое не оплатило размещение баннеров.")]
    [InlineData("По данным ведомства, 120 каналов уже заблокированы платформой за спам.")]
    [InlineData("Защита ходатайствует об изменении меры пресечения журналисту Ерлану Сапарову с домашнего ареста на подписку о невыезде.")]
    [InlineData("В пятницу в социальных сетях распространилась информация о том, что в отношении редактора газеты «Дала» возбуждено уголовное дело.")]
    public void Detect_FiguresAnOutletsOwnClaimPlatformModerationMotionsAndRumours_AreNoEvent(string text) =>
        Assert.Empty(Detect(text));

    [Fact]
    public void Detect_ClaimAgainstAnOutletDismissed_IsAVerdictNotAPendingSuit() =>
        Assert.Equal([LegalKinds.Verdict], Detect("СМЭС Алматы отказал в удовлетворении иска компании к изданию Kursiv.kz о защите деловой репутации.").Select(f => f.Kind));

    [Fact]
    public void Detect_InvitedToTheProsecutorsForATalk_IsADetention() =>
        Assert.Equal("askhat nurov", Assert.Single(Detect("Блогера Асхата Нурова пригласили в прокуратуру на беседу по поводу его поста о реформе."), f => f.Kind == LegalKinds.Detention).Subject);

    [Theory]
    [InlineData("Marat Asipov, editor-in-chief of the investigative site Ratel.kz, was summoned to Almaty's anti-corruption service on Wednesday.", "marat asipov")]
    [InlineData("Vyacheslav Abramov, founder of the investigative outlet Vlast.kz, was questioned on Thursday by the Financial Monitoring Agency about the newsroom's sources of funding.", "vyacheslav abramov")]
    public void Detect_SummonedToOrQuestionedByAnAgency_IsADetention(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Detect(text), f => f.Kind == LegalKinds.Detention).Subject);

    [Theory]
    [InlineData("Департамент полиции задержал 27-летнюю блогера Алину Жанову, которая продавала подписчикам несуществующие туры.")]
    [InlineData("Алматы полициясы жазылушыларына жалған несие қызметтерін ұсынған блогер Әсел Нұрланды ұстады.")]
    [InlineData("An administrative court has ruled that the Ministry of Health acted unlawfully by failing to answer a journalist's request from the news site Factcheck.kz.")]
    public void Detect_BloggerHeldForFraudOrARulingAgainstAMinistry_IsNoPressureOnMedia(string text) =>
        Assert.Empty(Detect(text));

    [Fact]
    public void Detect_JournalistCalledAsAWitnessOverTheirOwnArticle_IsADetention()
    {
        Assert.Equal("daniyar kasym", Assert.Single(Detect("Полиция тілші Данияр Қасымды өз мақаласы бойынша куә ретінде жауап алуға шақырды.")).Subject);
        Assert.Empty(Detect("Полиция тілші Данияр Қасымды көршісінің ісі бойынша куә ретінде жауап алуға шақырды."));
    }

    [Theory]
    [InlineData("Блогер Арман Ержанов 1 млн тенге выплатит акиму района. Такое решение вынес суд, признав его пост порочащим.", "arman yerzhanov")]
    [InlineData("Облыстық сот журналист Асқар Бековке қатысты өтемақы мөлшерін азайтты.", "askar bekov")]
    public void Detect_RulingToldAsSuchADecisionOrAReducedAward_IsAVerdict(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Detect(text), f => f.Kind == LegalKinds.Verdict).Subject);

    [Fact]
    public void Detect_TrialAdjournedForTheProsecutionsWitnesses_IsAHearingNotACharge() =>
        Assert.Equal([LegalKinds.Hearing], Detect("Семей қалалық сотында блогер Ғалым Сейітовтің ісін қарау айыптау тарабы куәлерінің келмеуіне байланысты 2 шілдеге ауыстырылды.")
            .Select(f => f.Kind));

    [Theory]
    [InlineData("Police on Tuesday searched the home of independent journalist Serik Abenov. The search was part of a criminal case opened last week under Article 174 over his podcast on language policy.", "serik abenov")]
    [InlineData("Полиция блогер Нұрлан Сейітовтің үйіне келді. Тінтуден кейін оған ҚР ҚК-нің 174-бабы бойынша күдікті мәртебесі берілді.", "nurlan seyitov")]
    public void Detect_CaseTheSearchBelongsTo_IsReported(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Detect(text), f => f.Kind == LegalKinds.CriminalCase).Subject);

    [Fact]
    public void Detect_SearchInAnInvestigationTheyWouldNotName_IsNoCase() =>
        Assert.DoesNotContain(Detect("Police said the search of the journalist's home was part of a pre-trial investigation but did not disclose its nature."),
            f => f.Kind == LegalKinds.CriminalCase);

    [Fact]
    public void Detect_AppealOfAJournalistSentencedToYears_IsAHearingNotTheirClaim() =>
        Assert.Equal("askhat zhumabayev", Assert.Single(Detect("Апелляционная коллегия областного суда 22 августа рассмотрит жалобу журналиста Асхата Жумабаева, "
            + "осуждённого к трём годам лишения свободы."), f => f.Kind == LegalKinds.Hearing).Subject);

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
