using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken for article-length texts (dev5): quotes, background, requests and denials around
/// the event, events about people other than the media, and an event the article goes on about sentences later.
/// </summary>
public sealed class LegalDetectorArticleTests
{
    [Theory]
    [InlineData("Блогер Ерлан Сатов выступил с последним словом. Прокурор попросил для него два года ограничения свободы.")]
    [InlineData("Приговор журналисту Азату Беку огласят 20 мая.")]
    [InlineData("If convicted, blogger Arman Sadykov faces up to five years in prison.")]
    public void Detect_TermAskedForOrVerdictToCome_IsNoVerdict(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Verdict);

    [Theory]
    [InlineData("Суд Актобе приговорил к трём годам мужчину, избившего журналиста местной газеты.")]
    [InlineData("Ақтөбе соты тілшіні соққыға жыққан ер адамды 2 жылға бас бостандығын шектеу жазасына кесті.")]
    [InlineData("Телеведущая отказалась комментировать решение суда по делу о разводе.")]
    [InlineData("Министерство заблокировало 200 фишинговых сайтов, маскировавшихся под порталы банков.")]
    [InlineData("Сот футбол матчтарын заңсыз көрсеткен 30 пираттық сайтты бұғаттады.")]
    [InlineData("By court order, 40 pirate sites that streamed football matches were blocked.")]
    public void Detect_CaseAboutSomeoneElseOrIllegalContent_FindsNothing(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_SuitTheJournalistBroughtAndWon_IsNoPressure()
    {
        var found = Detect("Суд удовлетворил иск журналиста Нурлана Ахметова к акимату, отказавшему ему в информации.");

        Assert.DoesNotContain(found, f => f.Kind is LegalKinds.Verdict or LegalKinds.Lawsuit);
    }

    [Theory]
    [InlineData("Информация о задержании редактора Orda.kz не соответствует действительности, сообщили в редакции.")]
    [InlineData("Reports that the editor of the newspaper Aktobe Vestnik was detained are false, the newspaper said.")]
    [InlineData("«Баспасөз редакторы ұсталды» деген ақпарат шындыққа жанаспайды")]
    public void Detect_ReportOfADetentionCalledUntrue_IsNoDetention(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Detention);

    [Theory]
    [InlineData("Анонимные Telegram-каналы написали, что редактора газеты «Арал Таймс» якобы задержали в аэропорту.")]
    [InlineData("Anonymous channels had claimed the Aktobe Vestnik editor was arrested at the airport.")]
    public void Detect_DetentionOnlyRumoured_IsNoDetention(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Detention);

    [Theory]
    [InlineData("Блогера Арсена Бекова задержали за пост о якобы массовом отравлении в больнице.")]
    [InlineData("The developer claimed 10 million tenge in damages from the newspaper Aktobe Vestnik for an article on its business reputation.")]
    public void Detect_HedgeOnWhatTheCaseIsAbout_DoesNotCancelIt(string text) => Assert.NotEmpty(Detect(text));

    [Theory]
    [InlineData("Дату первого заседания по делу блогера Арсена Бекова суд пока не назначил.")]
    [InlineData("Суд оштрафовал блогера Арсена Бекова за посты о процессе по делу о земельных участках.")]
    public void Detect_HearingNotYetSetOrTheTopicOfAPost_IsNoHearing(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Hearing);

    [Fact]
    public void Detect_RecollectionInALaterSentence_IsBackground()
    {
        var found = Detect("Журналист Ержан Ахметов выпустил книгу о своей работе. В ней он вспоминает уголовное дело, возбуждённое против него в 2015 году.");

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("В суде Кокшетау завершились прения сторон по делу журналиста Азамата Кудайбекова.", LegalKinds.Hearing)]
    [InlineData("Апелляционная коллегия оставила без изменения решение по иску к изданию «Курсив Медиа».", LegalKinds.Verdict)]
    [InlineData("The city court upheld a lower court ruling ordering the newspaper Uralsk Vestnik to pay damages.", LegalKinds.Verdict)]
    [InlineData("Журналиста Асета Нуриева задержали по подозрению в распространении ложной информации.", LegalKinds.CriminalCase)]
    [InlineData("Blogger Dana Amanova was suspected of calling for mass unrest in her posts.", LegalKinds.CriminalCase)]
    [InlineData("Reporter Dana Amanova was subpoenaed to appear for questioning at the police department.", LegalKinds.Detention)]
    [InlineData("Access to the news website Shymkent Today has been restricted by the ministry.", LegalKinds.BlockingOrder)]
    [InlineData("The ministry revoked the broadcasting license of the radio station Aktobe Wave.", LegalKinds.BlockingOrder)]
    [InlineData("Юристы компании настаивали, чтобы статью о долгах сняли с сайта издания «Капитал Ньюс».", LegalKinds.TakedownDemand)]
    [InlineData("Банк блогер Айдана Сейтовадан бейнежазбасын өшіруді талап етті.", LegalKinds.TakedownDemand)]
    [InlineData("Тілші Алмас Жұмабеков полицияға жауап беруге шақырылды.", LegalKinds.Detention)]
    public void Detect_EventWordedAsInArticles_IsFound(string text, string kind) =>
        Assert.Contains(Detect(text), f => f.Kind == kind);

    [Fact]
    public void Detect_TheVerdictUpheldOnAppeal_TakesInTheSuitItDecided() =>
        Assert.DoesNotContain(Detect("Апелляционная коллегия оставила без изменения решение по иску к изданию «Курсив Медиа»."), f => f.Kind == LegalKinds.Lawsuit);

    [Fact]
    public void Detect_HearingSentencesAfterTheSuitWithAQuoteBetween_IsAboutTheSuitsTarget()
    {
        var found = Detect("Бизнесмен требует от газеты «Арал Таймс» 20 млн тенге. Поводом стала статья о тендерах. «Мы уверены в своей правоте», — сказал юрист. Первое заседание суд назначил на 3 апреля.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "aral times");
    }

    [Fact]
    public void Detect_SentenceFourClausesAfterTheEvent_NoLongerGoesOnAboutIt()
    {
        var found = Detect("Бизнесмен требует от газеты «Арал Таймс» 20 млн тенге. Поводом стала статья о тендерах. Газета выходит с 1995 года. Тираж вырос вдвое. Город готовится к выборам. Первое заседание суд назначил на 3 апреля.");

        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Hearing);
    }

    [Theory]
    [InlineData("Nurlan Abenov, a reporter for the independent outlet KazTAG, was detained on Friday.", "nurlan abenov")]
    [InlineData("Batyr Orazov, who contributes to the Vienna-based Chronicles of Turkmenistan, was detained in Ashgabat.", "batyr orazov")]
    public void Detect_PersonInAppositionToTheOutletTheyWorkFor_IsTheSubject(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == LegalKinds.Detention && f.Subject == subject);

    [Fact]
    public void Detect_KazakhDativeSurname_IsTakenOff()
    {
        var found = Detect("Журналист Бақытжан Ермековке қатысты ҚР ҚК 130-бабы бойынша қылмыстық іс қозғалды.");

        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase && f.Subject == "bakytzhan yermekov");
    }

    [Fact]
    public void Detect_ActorWordWithoutAName_IsTheOneMediaPersonTheTextNames()
    {
        var found = Detect("У блогера из Актобе прошёл обыск. Накануне полицейские приходили домой к автору канала «Ақтөбе Ашық» Нурлану Бекову.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Detention && f.Subject == "nurlan bekov");
    }

    [Fact]
    public void Detect_ActorWordWithoutAName_StaysUnknownWhenTheTextNamesTwoMediaPeople()
    {
        var found = Detect("У блогера из Актобе прошёл обыск. Блогеры Нурлан Беков и журналист Асель Ахметова заявили о давлении.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Detention && f.Subject == "unknown");
    }

    [Fact]
    public void Detect_KazakhArrestWordedWithQamaq_IsADetention() =>
        Assert.Contains(Detect("Сот «Жайық Үні» газетінің тілшісін 10 тәулікке әкімшілік қамаққа алды."), f => f.Kind == LegalKinds.Detention);

    [Theory]
    [InlineData("Экономикалық сотта «Шымкент Таңы» сайтына қарсы талап арыз бойынша кезекті сот отырысы өтті.", "shymkent tany")]
    [InlineData("С пятницы сайт «Сарыарка Таймс» недоступен: доступ ограничен по предписанию министерства.", "saryarka times")]
    public void Detect_SiteNamedInQuotes_IsAMediaActor(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Subject == subject);

    [Theory]
    [InlineData("Приговор по делу о хищении опубликован на сайте суда.")]
    [InlineData("Сот үкімі сот сайтында жарияланды.")]
    public void Detect_SiteWithoutAName_IsNoMediaActor(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_ArrestOfAnActivist_IsADetentionWhileSeizedAssetsAreNot()
    {
        Assert.Contains(Detect("Суд санкционировал арест активиста Нурлана Баймуханова на два месяца."), f => f.Kind == LegalKinds.Detention && f.Subject == "nurlan baimukhanov");
        Assert.Empty(Detect("Суд наложил арест на активы медиахолдинга «Алаш Медиа»."));
    }

    [Fact]
    public void Detect_NameInThePrepositional_IsPutInTheNominative() =>
        Assert.Contains(Detect("Речь идёт о журналисте Шухрате Рахимове, против которого возбуждено уголовное дело."), f => f.Kind == LegalKinds.CriminalCase && f.Subject == "shukhrat rakhimov");

    [Fact]
    public void Detect_ActorWordWithoutAName_IsTheOneMediaTitleWhenNoPersonIsNamed()
    {
        var found = Detect("Семейдегі «Толқын FM» радиосы эфирден шықты. Министрлік радионың хабар тарату лицензиясын кері қайтарып алды.");

        Assert.Contains(found, f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "tolkyn fm");
    }

    [Fact]
    public void Detect_RaidTheJournalistFilmed_IsNoDetentionOfTheJournalist()
    {
        Assert.DoesNotContain(Detect("Police ordered journalist Kuanysh Abenov to delete footage he had filmed of a raid on a market."), f => f.Kind == LegalKinds.Detention);
        Assert.Contains(Detect("Police raided the home of journalist Kuanysh Abenov on Monday."), f => f.Kind == LegalKinds.Detention);
    }

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
