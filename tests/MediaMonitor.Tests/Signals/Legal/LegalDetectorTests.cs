using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>Pins the shipped rules' decisions, the "nothing here" ones included.</summary>
public sealed class LegalDetectorTests
{
    [Fact]
    public void ShippedRules_LoadWithoutProblems() => Assert.Empty(ShippedRules.Problems);

    [Fact]
    public void Detect_RussianDefamationSuitAgainstAListedOutlet_GivesSubjectAmountAndCourt()
    {
        var found = Detect("Бостандыкский районный суд Алматы принял к производству иск о защите чести и достоинства против Vlast.kz: истец требует 50 млн тенге.");

        var lawsuit = Assert.Single(found, f => f.Kind == LegalKinds.Lawsuit);
        Assert.Equal("vlast", lawsuit.Subject);
        Assert.Equal((50_000_000m, "KZT"), (lawsuit.Details.Amount, lawsuit.Details.Currency));
        Assert.Contains("районный суд", lawsuit.Details.Court, StringComparison.Ordinal);
        Assert.InRange(lawsuit.Confidence, 0.8, 0.99);
        Assert.StartsWith("Бостандыкский районный суд", lawsuit.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ListedPersonInflected_LinksToTheirOutlet()
    {
        var found = Detect("Полиция задержала главного редактора Марата Асипова у здания редакции.");

        var detention = Assert.Single(found);
        Assert.Equal((LegalKinds.Detention, "ratel", "marat asipov"), (detention.Kind, detention.Subject, detention.Person));
    }

    [Fact]
    public void Detect_CriminalCaseWithArticleNumber_ReadsTheArticle()
    {
        var found = Detect("В отношении журналистки Айгерим Тлеужан возбуждено уголовное дело по ст. 274 УК РК о распространении заведомо ложной информации.");

        var crime = Assert.Single(found);
        Assert.Equal((LegalKinds.CriminalCase, "aigerim tleuzhan", "274"), (crime.Kind, crime.Subject, crime.Details.Article));
    }

    [Fact]
    public void Detect_PronounInTheNextSentence_KeepsTheSubject()
    {
        // "Блогера Ерлана Сейтжанова" is genitive: the name is put back in the nominative from the actor word's case.
        var found = Detect("Блогера Ерлана Сейтжанова вызвали в департамент полиции. На следующий день ему предъявили обвинение в возбуждении социальной розни.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Detention && f.Subject == "yerlan seitzhanov");
        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase && f.Subject == "yerlan seitzhanov");
    }

    [Fact]
    public void Detect_KazakhDetentionAndEnglishBlocking_AreFound()
    {
        Assert.Contains(Detect("Azattyq тілшісі Алматыда полиция қызметкерлерімен ұсталды."), f => f.Kind == LegalKinds.Detention && f.Subject == "azattyq");
        Assert.Contains(Detect("The information ministry blocked access to the Kloop website, citing 'false information'."), f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "kloop");
    }

    [Theory]
    [InlineData("Tengrinews.kz сообщает, что суд приговорил бывшего акима района к восьми годам лишения свободы.")]
    [InlineData("Бывший аким района осуждён на девять лет за взятку в особо крупном размере.")]
    [InlineData("Полиция задержала в Алматы группу автоугонщиков.")]
    [InlineData("Министерство информации опровергло сообщения о блокировке сайта Orda.kz.")]
    [InlineData("Юристы считают, что редакция может стать ответчиком по иску о защите чести.")]
    [InlineData("Журналист подал иск к работодателю о взыскании невыплаченной зарплаты.")]
    [InlineData("Спортивный арбитражный суд CAS оставил в силе дисквалификацию футболиста.")]
    [InlineData("Прокуратура заблокировала 50 сайтов, продававших поддельные дипломы.")]
    [InlineData("Police detained a drunk driver who crashed into a bus stop in Astana.")]
    [InlineData("Vlast.kz reported that a district court sentenced a former mayor to six years in prison.")]
    [InlineData("The ministry denied that it planned to block Kursiv.")]
    [InlineData("Банк заблокировал счета компании за долги.")]
    [InlineData("Алматыда жол апатына кінәлі жүргізуші ұсталды.")]
    public void Detect_NotPressureOnMedia_FindsNothing(string text) => Assert.Empty(Detect(text));

    [Theory]
    [InlineData("Полиция задержала журналистку Динару Абенову.", "dinara abenova")]
    [InlineData("Суд оштрафовал журналистку Ольгу Гринько за пост.", "olga grinko")]
    [InlineData("Обвинение предъявлено журналистке Асель Нуртаевой.", "asel nurtayeva")]
    [InlineData("Обыск прошёл у журналиста Дмитрия Ковалёва.", "dmitriy kovalyov")]
    [InlineData("Иск к журналисту Ерлану Сейтказину подал банк, требуя опровержения и 5 млн тенге.", "yerlan seitkazin")]
    [InlineData("Полиция тілші Ержан Тоқтаровтың үйінде тінту жүргізді.", "yerzhan toktarov")]
    public void Detect_InflectedNameAfterTheActorWord_IsPutInTheNominative(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Subject == subject);

    [Fact]
    public void Detect_SurnameAloneInALaterSentence_IsTheMediaPersonNamedBefore()
    {
        var found = Detect("The trial of blogger Daulet Zhakenov resumed in Shymkent on Tuesday. Zhakenov is charged with inciting social discord over a series of videos.");

        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase && f.Subject == "daulet zhakenov");
    }

    [Fact]
    public void Detect_PersonNamedBeforeTheTextSaysTheyAreABlogger_IsTheSubjectLessSurely()
    {
        var found = Detect("The trial of Rustam Ospanov opened in Taraz on Thursday. Prosecutors want four years for the blogger over a YouTube video.");

        var hearing = Assert.Single(found, f => f.Kind == LegalKinds.Hearing);
        Assert.Equal("rustam ospanov", hearing.Subject);
        Assert.InRange(hearing.Confidence, 0.5, 0.75);
        Assert.Empty(Detect("The trial of Rustam Ospanov opened in Taraz on Thursday. He is accused of stealing cattle."));
    }

    [Theory]
    [InlineData("МИД Казахстана лишил аккредитации корреспондента Азаттыка Асель Мухтарову.")]
    [InlineData("Kazakhstan's Foreign Ministry has withdrawn the accreditation of Azattyq correspondent Ruslan Bekov.")]
    public void Detect_AccreditationWithdrawn_IsABlockingOrder(string text) =>
        Assert.Contains(Detect(text), f => f.Kind == LegalKinds.BlockingOrder);

    [Theory]
    [InlineData("Суд Шымкента приговорил к двум годам лишения свободы мужчину, напавшего на оператора «31 канала».")]
    [InlineData("A man who assaulted a Channel 31 camera operator was sentenced to two years of restricted freedom.")]
    [InlineData("Главный редактор Lada.kz выступила свидетелем на процессе по делу бывшего акима, обвиняемого в растрате.")]
    [InlineData("Блогер из Актау задержан за управление автомобилем в состоянии алкогольного опьянения.")]
    public void Detect_MediaAsVictimWitnessOrForSomethingElse_FindsNothing(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_OldCaseMentionedInPassing_IsNotASignal()
    {
        var found = Detect("Газета «Уральская неделя» отметила 25-летие выставкой фотографий. Ранее, в 2016 году, против издания подавали иск о защите деловой репутации.");

        Assert.Empty(found);
    }

    [Fact]
    public void Detect_TwoKindsInOneText_AreBothReported()
    {
        var found = Detect("Суд обязал Orda.kz удалить расследование о загрязнении реки и выплатить 5 млн тенге по иску о защите деловой репутации.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict && f.Subject == "orda");
        Assert.Contains(found, f => f.Kind == LegalKinds.TakedownDemand && f.Subject == "orda");
        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "orda");
    }

    [Fact]
    public void Detect_RuleWithoutNeedsActor_DefaultsToNeedingOne()
    {
        // The JSON source generator resets absent init-only properties; the rule classes use setters so the default holds.
        var problems = new List<SiteProblem>();
        var rules = LegalRules.Parse([("t.json", """{ "actors": ["журналист\\w*"], "kinds": [ { "kind": "detention", "triggers": [ { "pattern": "задержа\\w*" } ] } ] }""")], problems);
        var detector = new LegalDetector(rules, new EntityLinker([]));

        Assert.Empty(problems);
        Assert.Empty(detector.Detect(null, "Полиция задержала водителя."));
        Assert.Single(detector.Detect(null, "Полиция задержала журналиста."));
    }

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
