using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken for long articles that speak of media and of someone else's case (dev6, dev7): another
/// role right after a trigger is whom it is about, a quoted title is no person, suits against the state are brought by
/// the media, and a blocking order whose clause names no one is about the outlet the lead names.
/// </summary>
public sealed class LegalDetectorOtherRolesTests
{
    [Theory]
    [InlineData("Антикор задержал владельца строительной компании после публикации журналистов")]
    [InlineData("Сотрудники Антикора задержали руководителя пресс-службы областного управления здравоохранения по подозрению в получении 3 млн тенге.")]
    [InlineData("Orda.kz journalists watched as the court sentenced former agriculture minister Asylbek Kemelov to ten years in prison.")]
    public void Detect_AnotherRoleRightAfterTheTrigger_IsWhomItIsAbout(string text) => Assert.Empty(Detect(text));

    [Theory]
    [InlineData("Полиция задержала директора телеканала «Алау» Сергея Ким.", LegalKinds.Detention)]
    [InlineData("Возобновился процесс по иску депутата мажилиса к Vlast.kz: суд приобщил к материалам дела заключение лингвиста.", LegalKinds.Hearing)]
    [InlineData("Police detained Serik Baimukhanov, an Atyrau-based blogger, hours after he posted a video.", LegalKinds.Detention)]
    [InlineData("A court ruled in favour of an official's family and ordered Tengrinews.kz to take down a video about a road accident.", LegalKinds.Verdict)]
    [InlineData("Current Time correspondent Alina Sergeyeva was detained by police in Astana on Saturday.", LegalKinds.Detention)]
    [InlineData("Корреспондент КазТАГ Анна Ефимова задержана полицейскими у здания акимата.", LegalKinds.Detention)]
    [InlineData("Полицейскими у здания акимата задержан корреспондент КазТАГ Анна Ефимова.", LegalKinds.Detention)]
    [InlineData("Ratel.kz сайтына қарсы талап арыз түсті: бұрынғы депутат мақаладағы мәліметтер оның беделіне нұқсан келтірді деп санайды.", LegalKinds.Lawsuit)]
    public void Detect_RoleOfAMediaActorTheClaimantOrTheAgent_StillFinds(string text, string kind) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject != "unknown");

    [Fact]
    public void Detect_PersonWithAnotherRoleInAMediaText_IsNoJournalist()
    {
        var found = Detect(
            "В Костанае продолжается процесс по делу владельца агрохолдинга «Тобол Агро» Бекжана Нургалиева, обвиняемого в хищении субсидий. "
            + "За процессом следят журналисты местных изданий.");

        Assert.Empty(found);
    }

    [Fact]
    public void Detect_QuotedTitleInAMediaText_IsNoPerson()
    {
        // "«Егемен Қазақстан»" stands near the verdict but is a newspaper (and the source), not the one sentenced.
        var found = ShippedRules.Detector.Detect(
            "Пара алғаны үшін бұрынғы әкімге 8 жыл берілді",
            "«Егемен Қазақстан» газетінің хабарлауынша, Шет ауданының бұрынғы әкімі пара алғаны үшін сегіз жылға бас бостандығынан айырылды. "
            + "Бұл іс туралы газет тілшілері өткен жылы жазған болатын.");

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Суд отказал журналистке Зарине Ахметовой в иске к департаменту полиции, который отказал ей в информации.")]
    [InlineData("A court in Almaty has ruled in favour of the news agency KazTAG, which sued the city police department for refusing to accredit its correspondent.")]
    [InlineData("Photojournalist Kairat Dosmagambetov has filed a lawsuit against the regional police department over a broken camera.")]
    public void Detect_SuitOfTheMediaAgainstTheState_IsNoPressure(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind is LegalKinds.Lawsuit or LegalKinds.Verdict);

    [Theory]
    [InlineData("Tulegenov, a blogger, has been charged with insulting the president online, an offence punishable by up to five years in prison.", LegalKinds.Verdict)]
    [InlineData("Гособвинитель попросил для главного редактора сайта «Жетысу инфо» Армана Касымова три года ограничения свободы.", LegalKinds.Verdict)]
    [InlineData("Департамент полиции потребовал от Tengrinews.kz удалить видео задержания подростков.", LegalKinds.Detention)]
    [InlineData("The order followed the site's reports on the detention of local residents after protests in Khorog.", LegalKinds.Detention)]
    [InlineData("В Караганде задержан администратор Telegram-канала, через который продавались синтетические наркотики.", LegalKinds.Detention)]
    public void Detect_PenaltyInTheLawRequestOrTopic_IsNoEvent(string text, string kind) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == kind);

    [Theory]
    [InlineData("Гособвинитель попросил для главного редактора сайта «Жетысу инфо» Армана Касымова три года ограничения свободы.", LegalKinds.Hearing)]
    [InlineData("Уголовное дело журналиста Тимура Аскарова передано в Алмалинский районный суд Алматы.", LegalKinds.CriminalCase)]
    [InlineData("Ақтөбе сотында блогер Жандос Тоқтаровтың ісі бойынша тараптар жарыссөзі өтті.", LegalKinds.Hearing)]
    [InlineData("Kazakhstan's Ministry of Information ordered the blocking of the Telegram channel Steppe Voice.", LegalKinds.BlockingOrder)]
    [InlineData("Облыстық соттың апелляциялық алқасы «Уральская неделя» газетіне қатысты шешімді өзгеріссіз қалдырды.", LegalKinds.Verdict)]
    public void Detect_StageReportedInOtherWords_IsFound(string text, string kind) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject != "unknown");

    [Fact]
    public void Detect_BlockingOrderNamingNoOne_IsAboutTheOutletTheLeadNames()
    {
        var found = Detect(
            "С понедельника читатели портала «Жетысу Инфо» не могут открыть сайт без VPN. Редакция сначала решила, что это неполадка у провайдера. "
            + "Как выяснилось позже, доступ к ресурсу ограничен по предписанию министерства.");

        var blocking = Assert.Single(found, f => f.Kind == LegalKinds.BlockingOrder);
        Assert.Equal("zhetysu info", blocking.Subject);
        Assert.Contains("доступ к ресурсу ограничен", blocking.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_OtherKindNamingNoOne_DoesNotTakeTheLeadsOutlet()
    {
        // Only kinds marked leadSubject (blocking orders) do: a detention that names no one is not the outlet's.
        var found = Detect("Портал «Жетысу Инфо» опубликовал репортаж о митинге. Позже в городе были задержаны.");

        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Detention);
    }

    [Fact]
    public void Detect_PronounFarAfterTheTrigger_DoesNotStandForTheTitlesJournalist()
    {
        var found = ShippedRules.Detector.Detect(
            "Pavlodar land fraud trial hears from journalist",
            "The trial of three men accused of illegally transferring municipal land entered its third week in Pavlodar.");

        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.CriminalCase);
    }

    [Theory]
    [InlineData("Брат журналиста задержан по делу о наркотиках")]
    [InlineData("Семейде белгілі журналистің 20 жастағы ұлы төбелеске қатысты деген күдікпен ұсталды.")]
    [InlineData("Sister of exiled journalist detained")]
    [InlineData("Корреспондентов нескольких изданий не допустили в зал суда, где рассматривается дело бывшего главы нацкомпании, обвиняемого в хищениях.")]
    [InlineData("Журналисты Kursiv изучили, сколько компаний были оштрафованы антимонопольным ведомством за год.")]
    [InlineData("Журналисту заменили домашний арест на запрет выезда")]
    public void Detect_RelativeParticipleAboutAnotherOrChangedMeasure_FindsNothing(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_PoliceWhoSayWhatTheJournalistsAreSuspectedOf_AreNotTheTarget()
    {
        var found = Detect("Two camera operators working with Kloop, Sultan Abdyrakhmanov and Nurbek Asanov, were detained on Tuesday. Police said the pair were suspected of calling for mass unrest through Kloop's videos.");

        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase);
    }

    [Theory]
    [InlineData("Сегодня в 7 утра ко мне домой пришли пятеро сотрудников в штатском и провели обыск. Журналист Данияр Ахметов, автор канала «Тараз Ашық», написал об этом в Telegram.", "daniyar akhmetov")]
    [InlineData("'I was summoned to the KNB this morning and questioned for three hours.' — post by Ainur Tolegenova, a reporter for the outlet Vlast.kz, on X.", "ainur tolegenova")]
    public void Detect_JournalistsOwnPost_IsAboutTheJournalistItNames(string text, string subject)
    {
        var found = Assert.Single(Detect(text), f => f.Kind == LegalKinds.Detention);

        Assert.Equal(subject, found.Subject);
    }

    [Theory]
    [InlineData("По заявлению акима полиция возбудила уголовное дело в отношении главного редактора сайта Qostanay Times Нурлыбека Сейткали.", LegalKinds.CriminalCase, "nurlybek seitkali")]
    [InlineData("Депутат подал иск о защите чести к Informburo.kz и журналисту Роману Ковалеву.", LegalKinds.Lawsuit, "roman kovalev")]
    [InlineData("Первое заседание по делу Каната Мусина прошло в среду. Мусин ведёт Telegram-канал «Qalam Press».", LegalKinds.Hearing, "kanat musin")]
    public void Detect_NameAfterALatinTitleAConjunctionOrTheWordDelo_IsThePersonInTheNominative(string text, string kind, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject == subject);

    [Fact]
    public void Parse_PatternEndingWithASpace_IsReportedAsNeverMatching()
    {
        var problems = new List<SiteProblem>();

        var rules = LegalRules.Parse([("en.json", """{ "kinds": [ { "kind": "blocking-order", "triggers": [ { "pattern": "block(ing)? (of |access to )" }, { "pattern": "blocked" } ] } ] }""")], problems);

        var problem = Assert.Single(problems);
        Assert.Contains("ends with a space", problem.ToString(), StringComparison.Ordinal);
        Assert.Single(Assert.Single(rules.Kinds).Triggers);
    }

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
