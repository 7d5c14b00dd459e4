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
    public void Detect_ListedPersonInflected_IsTheSubject()
    {
        // A listed outlet's journalist who is the target is the subject, not the outlet.
        var found = Detect("Полиция задержала главного редактора Марата Асипова у здания редакции.");

        var detention = Assert.Single(found);
        Assert.Equal((LegalKinds.Detention, "marat asipov", "marat asipov"), (detention.Kind, detention.Subject, detention.Person));
    }

    [Theory]
    [InlineData("Корреспондентку КазТАГ Анну Ефимову вызвали на допрос в департамент полиции.", "anna yefimova")]
    [InlineData("В Бишкеке задержали оператора «Азаттык Медиа» Тилека Джумаева.", "tilek dzhumayev")]
    [InlineData("Полиция Атырау ұстады Azattyq тілшісі Берік Сәрсенов.", "berik sarsenov")]
    [InlineData("A Moscow court sentenced Meduza editor Olga Petrova in absentia to four years in prison.", "olga petrova")]
    [InlineData("Serik Dauletov, editor of Kursiv, was summoned for questioning by the anti-corruption service.", "serik dauletov")]
    public void Detect_JournalistNamedWithTheirOutlet_IsTheSubject(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Subject == subject);

    [Theory]
    [InlineData("Суд назначил штраф блогеру Динаре Сейткалиевой за пост в Instagram.", "dinara seitkaliyeva")]
    [InlineData("Приговор вынесен главному редактору газеты «Арал Инфо» Марине Ковальчук.", "marina kovalchuk")]
    [InlineData("Полиция вызвала на допрос блогера Камилу Нургалиеву.", "kamila nurgaliyeva")]
    [InlineData("Активистка Алия Бекова задержана в Алматы.", "aliya bekova")]
    public void Detect_WomanNamedAfterAMasculineActorWord_IsPutInTheNominative(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Subject == subject);

    [Theory]
    [InlineData("Облыс прокуратурасы «Жайық ньюс» интернет-басылымынан мақаланы жоюды талап етті.", "zhayyk news")]
    [InlineData("Ақпарат министрлігінің нұсқамасымен «Дала сыры» сайтына Қазақстанда қолжетімділік шектелді.", "dala syry")]
    [InlineData("Полиция Semey Today редакциясында тінту жүргізді.", "semey today")]
    [InlineData("Доступ к сайту «Костанай Ньюс» ограничен по предписанию министерства.", "kostanai news")]
    public void Detect_OutletNamedInQuotesOrAsABrand_IsTheSubjectAsWritten(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Subject == subject);

    [Fact]
    public void Detect_TwoTargetsJoinedByAnd_AreBothSubjects()
    {
        var found = Detect("Бывший аким подал иск о защите чести к изданию «Жаркын Таймс» и автору статьи Ерлану Беку на 10 млн тенге.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "zharkyn times");
        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "yerlan bek");
    }

    [Fact]
    public void Detect_FindingThatNamesNoOne_TakesTheTextsOneSubject()
    {
        var found = Detect("A businessman has filed a 5 million tenge defamation claim against the weekly Aktobe Vestnik, also demanding that it delete two articles.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "aktobe vestnik");
        Assert.Contains(found, f => f.Kind == LegalKinds.TakedownDemand && f.Subject == "aktobe vestnik");
    }

    [Fact]
    public void Detect_ClauseThatGoesOnAboutTheEventBefore_KeepsItsSubject()
    {
        var found = Detect("A developer is seeking 20 million tenge from reporter Aisulu Karimova over her investigation. The first hearing in the case took place on Tuesday.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "aisulu karimova");
        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "aisulu karimova");
    }

    [Theory]
    [InlineData("Заседание по делу блогера Аслана Бекова, которого обвиняют в распространении ложной информации, отложено на неделю.", LegalKinds.Hearing)]
    [InlineData("The trial of journalist Nurlan Abenov on charges of inciting social discord resumed in Aktobe.", LegalKinds.Hearing)]
    [InlineData("Сот жалған ақпарат таратты деп айыпталған блогер Ерлан Сәрсенді ақтады.", LegalKinds.Verdict)]
    [InlineData("A court in Almaty acquitted blogger Aizhan Omarova, who had been charged under Article 274 over her posts.", LegalKinds.Verdict)]
    [InlineData("Суд частично удовлетворил иск депутата к журналисту Ерлану Нуртаеву и взыскал 300 тыс. тенге.", LegalKinds.Verdict)]
    [InlineData("The appeals court dismissed the defamation claim against Hola News brought by a developer.", LegalKinds.Verdict)]
    public void Detect_ChargeOrSuitThatAHearingOrVerdictIsAbout_IsOnlyThatHearingOrVerdict(string text, string kind)
    {
        var found = Detect(text);

        Assert.Contains(found, f => f.Kind == kind);
        Assert.DoesNotContain(found, f => f.Kind is LegalKinds.CriminalCase or LegalKinds.Lawsuit);
    }

    [Fact]
    public void Detect_CaseOpenedAndLaterVerdict_AreBothReported()
    {
        var found = Detect("В отношении блогера Тимура Ахметова возбуждено уголовное дело по ст. 274 УК РК. Через полгода суд приговорил его к двум годам ограничения свободы.");

        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase && f.Subject == "timur akhmetov");
        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_SuitFiledAndDecidedInOneText_AreBothReported()
    {
        var found = Detect("Ratel.kz сайтына қарсы ар-намысты қорғау туралы талап арыз түсті. Сот талапты ішінара қанағаттандырды.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "ratel");
        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict && f.Subject == "ratel");
    }

    [Theory]
    [InlineData("Police arrested three men suspected of stealing a camera from a KazTAG crew in Aktau.")]
    [InlineData("В Таразе задержан мужчина, похитивший у журналистки телефон.")]
    [InlineData("Reporters filled the courtroom as the trial of a former deputy governor opened on bribery charges.")]
    [InlineData("Сот процесін елуден астам журналист бақылады.")]
    [InlineData("Полиция блогер Арман Сейітовке қатысты қылмыстық іс қозғалмағанын хабарлады.")]
    [InlineData("Журналист Ерлан Сапаров, в 2000-х годах не раз выступавший ответчиком по искам о защите чести, выпустил книгу.")]
    [InlineData("In a profile of editor Aigul Bekova, who was sued twice in the 1990s over her reporting, the magazine recalls her career.")]
    [InlineData("Правозащитники насчитали 14 случаев уголовного преследования журналистов за год.")]
    [InlineData("Министрлік басылым «көрінеу жалған ақпарат» жариялады деп санайды.")]
    [InlineData("Проверка по жалобе на статью «Ратель» завершена, в начале досудебного расследования отказано.")]
    [InlineData("Tengrinews.kz has filed a lawsuit against the ministry over its refusal to accredit the outlet's reporter.")]
    [InlineData("Police dismissed reports of the arrest of journalist Arman Sadykov as fabrications.")]
    [InlineData("В первый день суд допросил потерпевшего по делу журналиста.")]
    public void Detect_NoPressureOnMedia_FindsNothing(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_OutletsEditorInTheTitleAndByNameInTheText_IsOneEventAboutThePerson()
    {
        var found = ShippedRules.Detector.Detect("Orda.kz editor detained in Almaty", "Police in Almaty detained Gulnara Bazhkenova, the editor-in-chief of Orda.kz, on Tuesday.");

        var detention = Assert.Single(found);
        Assert.Equal("gulnara bazhkenova", detention.Subject);
    }

    [Fact]
    public void Detect_TwoOutletsInOneText_AreNotTakenForEachOthersStaff()
    {
        var found = Detect("Министерство ограничило доступ к сайтам Vlast.kz и Orda.kz. Позже доступ к Orda.kz был ограничен и по решению суда.");

        Assert.Contains(found, f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "orda");
    }

    [Fact]
    public void Detect_CourtRulingThatBlocks_IsTheBlockingOrderOnly()
    {
        var found = Detect("Суд Астаны постановил ограничить доступ к Telegram-каналу «Эркин Ой» на территории Казахстана.");

        Assert.Contains(found, f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "erkin oi");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_CommunityAdministrator_IsAMediaActorNotASource()
    {
        // "сообщества" (a community's) once counted as "сообщил", a source cue, and hid the actor.
        var found = Detect("Суд назначил штраф администратору Facebook-сообщества «Жанаозен сегодня» Ерлану Касымову.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict && f.Subject == "yerlan kasymov");
    }

    [Fact]
    public void Detect_OutletWrittenWithKazakhLetters_IsTheListedOutlet() =>
        Assert.Contains(Detect("«Ақ Жайық» газетіне қарсы ар-намысты қорғау туралы талап арыз бойынша сот отырысы өтті."), f => f.Kind == LegalKinds.Hearing && f.Subject == "azh");

    [Fact]
    public void Detect_NameOpeningAKazakhSentence_IsTheSubject()
    {
        var found = Detect("Айгүл Сапарова қамауға алынды. Тергеу оны Telegram-арнасында жалған ақпарат таратты деп айыптайды.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Detention && f.Subject == "aigul saparova");
    }

    [Fact]
    public void Detect_SuitFiledAWeekEarlier_IsNotBackground()
    {
        var found = Detect("Суд обязал Kapital.kz снять с сайта статью о холдинге. Сам иск о защите деловой репутации холдинг подал неделей ранее.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "kapital");
    }

    [Theory]
    [InlineData("Полиция задержала подростков, разрисовавших стену редакции газеты.")]
    [InlineData("KazTAG: в Актау полиция задержала группу мошенников.")]
    [InlineData("Участники конференции обсудили, как суды рассматривают иски о защите чести журналистов.")]
    public void Detect_MediaAsVictimSourceOrTopic_FindsNothing(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Detect_JournalistAsPlaintiffDemanding_IsNoLawsuitAgainstMedia()
    {
        var found = Detect("Журналистка Ирина Ли подала иск о защите чести к депутату. Она требует извинений и компенсации в 1 тенге.");

        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Lawsuit);
    }

    [Fact]
    public void Detect_WitnessOfTheTrialOrAWitnessMadeSuspect_StillCounts()
    {
        Assert.Contains(Detect("Суд отложил заседание по делу журналистки Асель Омаровой: не явился свидетель обвинения."), f => f.Kind == LegalKinds.Hearing);
        Assert.Contains(Detect("Блогера Ерлана Омарова перевели из статуса свидетеля в статус подозреваемого по делу о разжигании розни."), f => f.Kind == LegalKinds.CriminalCase);
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
        var found = Detect("Police detained blogger Daulet Zhakenov in Shymkent on Tuesday. Zhakenov is charged with inciting social discord over a series of videos.");

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

        // The suit the verdict decides is that verdict, not a lawsuit of its own.
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Lawsuit);
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
