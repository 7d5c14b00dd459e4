using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev17-dev21 sets: whose name a finding carries and in which case, when the text puts an
/// outlet's title, a place, a preposition or a comma between the actor word and the person; and a few kinds of text that
/// the rules now read differently (a suit "seeking" damages, an arrest for days, an investigation that names no target).
/// </summary>
public sealed class LegalDetectorNamesTests
{
    [Theory]
    // The role word that heads the chain gives the case, past the outlet noun and its title.
    [InlineData("Суд признал корреспондента портала «Семей Хабар» Кайрата Есимова виновным.", LegalKinds.Verdict, "kairat yesimov")]
    [InlineData("Корреспондент русской службы Радио Азаттык Ольга Ли была задержана во время съёмки.", LegalKinds.Detention, "olga li")]
    // People after a dash are named in the nominative.
    [InlineData("В Атырау задержаны двое администраторов Telegram-канала «Атырау Live» — Ерлан Досов и Мадина Кенжебаева.", LegalKinds.Detention, "madina kenzhebayeva")]
    // A Kazakh case ending on a Russian surname.
    [InlineData("Тергеушілер «Ош ньюс» сайтының редакторы Бакыт Ташиевке қатысты қылмыстық іс қозғады.", LegalKinds.CriminalCase, "bakyt tashiyev")]
    // A Kazakh place adjective between the outlet and "тілшісі".
    [InlineData("Азаттық радиосының Атыраудағы тілшісі Сәуле Ибраеваға қатысты қылмыстық іс қозғалды.", LegalKinds.CriminalCase, "saule ibrayeva")]
    // A place after "из" is no first name.
    [InlineData("Блогер из Шымкента Азамат Турсынов арестован на 10 суток после прямого эфира.", LegalKinds.Detention, "azamat tursynov")]
    // An English title in Cyrillic is spelled as English.
    [InlineData("Министерство культуры приостановило работу сайта «Атырау Лайв».", LegalKinds.BlockingOrder, "atyrau live")]
    public void Detect_NameInAChain_IsTheTargetInTheNominative(string text, string kind, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject == subject);

    [Theory]
    // The editor who reports the block is named with the site's title; the block is the site's.
    [InlineData("Главный редактор «Ош ньюс» Нурлан Асанов сообщил, что Минкультуры ограничило доступ к сайту.")]
    [InlineData("«Ош ньюс» сайтының редакторы Нурлан Асанов сайттың жабылғанын хабарлады. Сайтқа қолжетімділік шектелді.")]
    public void Detect_BlockingOrderReportedByTheSitesEditor_IsAboutTheSite(string text) =>
        Assert.Equal("osh news", Assert.Single(Detect(text), f => f.Kind == LegalKinds.BlockingOrder).Subject);

    [Fact]
    public void Detect_BlockingOrderOnAPersonsChannel_StaysThePersons() =>
        Assert.Contains(Detect("Суд заблокировал Telegram-канал блогера Ерлана Досова, автора публикаций о работе «Атырау Live»."),
            f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "yerlan dosov");

    [Fact]
    public void Detect_ManNamedInTheInstrumentalWithNoActorWordBefore_IsInTheNominative() =>
        Assert.Contains(Detect("Процесс над Алмасом Курмановым снова отложен. Блогер Курманов ведёт YouTube-канал о работе акимата."),
            f => f.Kind == LegalKinds.Hearing && f.Subject == "almas kurmanov");

    [Fact]
    public void Detect_PluralActorWordWithTwoNames_PutsBothInTheNominative()
    {
        var found = Detect("Сотрудники ГКНБ задержали журналистов Азамата Исакова и Нургуль Токтосунову.");

        Assert.Equal(["azamat isakov", "nurgul toktosunova"], found.Where(f => f.Kind == LegalKinds.Detention).Select(f => f.Subject).Order(StringComparer.Ordinal));
    }

    [Theory]
    // After a preposition or an outlet noun, the capitalised words name the outlet and the name after the comma is the person.
    [InlineData("Kazakh police opened a criminal case against the editor of Semey Today, Roman Gusev, on Monday.", LegalKinds.CriminalCase, "roman gusev")]
    [InlineData("A reporter for the regional newspaper Ulan Tynysy, Bolat Zhumagaliyev, was detained on Tuesday.", LegalKinds.Detention, "bolat zhumagaliyev")]
    // A name before ", the administrator of the channel" is the person.
    [InlineData("Police in Shymkent detained Bakhyt Saparov, the administrator of the Telegram channel \"Shymkent Zhedel\", on Friday.", LegalKinds.Detention, "bakhyt saparov")]
    // "the Criminal Code" is no one's name.
    [InlineData("RSF urged authorities to drop charges against reporter Nurbolat Seitkali. On 9 January, police informed him that he had been charged under Article 274 of the Criminal Code.", LegalKinds.CriminalCase, "nurbolat seitkali")]
    public void Detect_EnglishApposition_IsThePerson(string text, string kind, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject == subject);

    [Fact]
    public void Detect_EditorOfATitleInATextThatNamesTheEditor_IsThatPerson()
    {
        var found = Detect("Главного редактора «Столичного вестника» вызвали на допрос. Журналистка Жанна Ким рассказала, что её спрашивали об источниках.");

        Assert.Equal("zhanna kim", Assert.Single(found, f => f.Kind == LegalKinds.Detention).Subject);
    }

    [Fact]
    public void Detect_KazakhMediaWordBeforeAParticiple_IsItsAgentNotTheTarget() =>
        Assert.Empty(Detect("Журналист әшкерелеген шенеунік сотталды."));

    [Fact]
    public void Detect_HearingAtANamedCourtAfterTheSuit_GoesOnAboutThatSuit()
    {
        var found = Detect("A businessman who says a Factcheck.kz article damaged his reputation is seeking 20 million tenge from the platform. "
            + "The piece had debunked his claims. A preliminary hearing at the Almalinsky District Court is set for June 3.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "factcheck-kz");
    }

    [Theory]
    // "seeking" after the suit is what it asks for, not a hedge on it.
    [InlineData("An Almaty property developer has filed a lawsuit seeking $100,000 in damages from the news site Almaty Today.", LegalKinds.Lawsuit)]
    // An administrative arrest for days is a court's verdict as well as a detention.
    [InlineData("Блогер из Шымкента Азамат Турсынов арестован на 10 суток после прямого эфира.", LegalKinds.Verdict)]
    [InlineData("Kyzylorda activist Aibek Nurov jailed for 15 days over livestream.", LegalKinds.Verdict)]
    public void Detect_ReportedEvent_IsFound(string text, string kind) =>
        Assert.Contains(Detect(text), f => f.Kind == kind);

    [Theory]
    // A search "within an investigation" that names no target reports no case against the media.
    [InlineData("Полицейские провели обыск в редакции газеты «Ак Жайык» в рамках досудебного расследования о хищении бюджетных средств.", LegalKinds.CriminalCase)]
    // A threat: "otherwise the ministry will restrict access".
    [InlineData("В противном случае, говорится в уведомлении, ведомство инициирует ограничение доступа к каналу «Ордо Медиа».", LegalKinds.BlockingOrder)]
    // The journalist is the claimant whose suit the court granted.
    [InlineData("Астана қалалық соты тілшілердің талабын қанағаттандырып, министрлікті аккредитация беруге міндеттеді.", LegalKinds.Verdict)]
    // A request to annul a verdict is no demand to take a story down.
    [InlineData("Қорғаушы блогердің үкімнің күшін жоюды сұрап отыр.", LegalKinds.TakedownDemand)]
    public void Detect_NoEventOfThatKind_IsNotFound(string text, string kind) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == kind);

    [Fact]
    public void Detect_MediaActorInsideAParticipleTrigger_IsItsTargetNotTheRoleBefore() =>
        Assert.Contains(Detect("Investigators in Kyzylorda have charged activist Gulzhan Baimukhanova with spreading false information."),
            f => f.Kind == LegalKinds.CriminalCase && f.Subject == "gulzhan baimukhanova");

    [Fact]
    public void Detect_VerdictRecalledInAnAppealReport_IsNotNews()
    {
        var found = Detect("The Karaganda regional court has scheduled an appeal hearing for October 8 in the case of blogger Yerbol Tulegenov. "
            + "Tulegenov, known for his videos about pollution, was convicted over a clip about a steel plant.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "yerbol tulegenov");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_AppealDecision_IsStillAVerdict() =>
        Assert.Contains(Detect("The appeals court will hear the case of blogger Yerbol Tulegenov on Monday. The appeals court later upheld the sentence of Tulegenov."),
            f => f.Kind == LegalKinds.Verdict);

    [Fact]
    public void Detect_PersonWhoSpeaksAboutAVerdict_IsNotItsSubject() =>
        Assert.DoesNotContain(Detect("Бывший аким осуждён за взятки. В редакции газеты вспоминают тот иск. Людмила Ковалёва сказала, что приговор запоздал."),
            f => f.Subject == "lyudmila kovalyova");

    [Fact]
    public void Detect_LawyerSpeakingAboutTheNamedClient_KeepsTheClient() =>
        Assert.Contains(Detect("Адвокат Гульнары Бажкеновой сообщила, что в отношении её подзащитной возбуждено уголовное дело по ч. 3 ст. 274 УК РК. "
            + "По версии следствия, Orda.kz распространило заведомо ложную информацию."),
            f => f.Kind == LegalKinds.CriminalCase && f.Subject == "gulnara bazhkenova");

    [Fact]
    public void Detect_CriminalCodeNamedNearTheTrigger_IsNoOnesName() =>
        Assert.DoesNotContain(Detect("Police in Almaty have opened a criminal investigation under Article 274 of the Criminal Code over a report by the journalist."),
            f => f.Subject == "criminal code");

    [Theory]
    // A court that declares a media channel's materials extremist orders it blocked; a terrorist group's pages are no media.
    [InlineData("Суд Бишкека признал «экстремистскими» материалы Telegram-канала «Клооп».", true)]
    [InlineData("Суд признал экстремистскими материалы 40 страниц в соцсетях, пропагандирующих терроризм.", false)]
    public void Detect_ExtremistRuling_IsABlockingOrderForMediaOnly(string text, bool blocked) =>
        Assert.Equal(blocked, Detect(text).Any(f => f.Kind == LegalKinds.BlockingOrder));

    [Fact]
    public void Detect_MonthMay_IsNoHedge() =>
        Assert.Contains(Detect("On May 3, police in Taldykorgan searched the home of blogger Rustem Ibraimov."),
            f => f.Kind == LegalKinds.Detention && f.Subject == "rustem ibraimov");

    [Fact]
    public void Detect_KazakhWordForGovernment_IsNoVerdict() =>
        Assert.Empty(Detect("Авторлар үкіметтерді журналистерге қарсы баптарды алып тастауға шақырады."));

    [Fact]
    public void Detect_SocialNetworkAfterAnActorWord_IsNoName() =>
        Assert.DoesNotContain(Detect("Атырау облысының полициясы блогер Ержан Сағынтаевқа қатысты іс қозғады. Бұған блогердің Instagram парақшасындағы видеосы себеп болды. "
            + "Сейсенбі күні оның пәтерінде тінту жүргізілді."), f => f.Subject.StartsWith("instagram", StringComparison.Ordinal));

    [Fact]
    public void Detect_EnglishAppositionAfterAName_MakesThatNameTheMediaPerson() =>
        Assert.Contains(Detect("Police in Aktobe detained a local journalist on Wednesday. Aslan Bekturov, 41, who runs a popular Telegram channel, "
            + "has been declared a suspect, his lawyer, Zhanar Sadykova, said."), f => f.Kind == LegalKinds.Detention && f.Subject == "aslan bekturov");

    [Fact]
    public void Detect_PoliceInTheNominativeAfterAPluralVerb_AreTheAgentNotTheTarget() =>
        Assert.Contains(Detect("Блогера Тимура Оспанова задержали сотрудники полиции у его дома."),
            f => f.Kind == LegalKinds.Detention && f.Subject == "timur ospanov");

    [Fact]
    public void Detect_OfficialAfterAPluralVerb_IsStillTheTarget() =>
        Assert.DoesNotContain(Detect("Журналисты сообщили, что полицейские задержали бывших сотрудников акимата."), f => f.Kind == LegalKinds.Detention);

    [Fact]
    public void Detect_CourtGrantingAJournalistsOwnClaimInKazakh_IsNoVerdictAgainstThem() =>
        Assert.DoesNotContain(Detect("Қызылорда қалалық соты журналист Ермек Бақтыбаевтың талап арызын қанағаттандырды."), f => f.Kind == LegalKinds.Verdict);

    [Fact]
    public void Detect_OutletInAPersonsApposition_IsWhereTheTargetWorks() =>
        Assert.Equal("lukpan akhmedyarov", Assert.Single(Detect("Kazakh journalist Lukpan Akhmedyarov, a reporter for the Uralsk newspaper Uralskaya Nedelya, said on Friday "
            + "he had been summoned to the West Kazakhstan regional police department for questioning about his investigation."), f => f.Kind == LegalKinds.Detention).Subject);

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
