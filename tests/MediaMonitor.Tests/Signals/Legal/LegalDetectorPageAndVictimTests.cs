using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev44-dev51 sets: page furniture ("Читайте также:", tags) is not what an article
/// reports; a journalist who was attacked, threatened or hacked is the victim, not the target, of the attacker's case;
/// a ruling that was appealed is no news while the appeal is heard; a person before "a reporter for X" is the target;
/// an organisation's name is no person; a hedge the trigger spells out is what it reports.
/// </summary>
public sealed class LegalDetectorPageAndVictimTests
{
    [Theory]
    [InlineData("Аким района подал иск к Ratel.kz о защите чести и достоинства.\nЧитайте также: В Шымкенте задержан блогер, снимавший видео у здания акимата\nТеги: суды, СМИ")]
    [InlineData("Аким района подал иск к Ratel.kz о защите чести и достоинства.\nСондай-ақ оқыңыз: Алматыда тілші әкімшілік қамаққа алынды")]
    [InlineData("Аким района подал иск к Ratel.kz о защите чести и достоинства.\n• Read more: Journalist remanded in custody in Taraz | Court suspends Channel 31 news broadcasts")]
    public void Detect_ReadAlsoLine_IsNotWhatTheArticleReports(string text)
    {
        var found = Detect(text);

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "ratel");
        Assert.All(found, f => Assert.Equal(LegalKinds.Lawsuit, f.Kind));
    }

    [Fact]
    public void Detect_ReadAlsoWordsInsideASentence_AreRead() =>
        Assert.Contains(Detect("Редакция просит читателей читайте также наши материалы. В Шымкенте задержан блогер Арман Жолдасов."),
            f => f.Kind == LegalKinds.Detention && f.Subject == "arman zholdasov");

    [Fact]
    public void Parse_FurnitureKey_DropsTheLinesItOpens()
    {
        var problems = new List<SiteProblem>();
        const string Kinds = "\"actors\": [\"блогер\\\\w*\"], \"kinds\": [ { \"kind\": \"detention\", \"triggers\": [ { \"pattern\": \"задержан\\\\w*\" } ] } ]";
        var plain = new LegalDetector(LegalRules.Parse([("ru.json", "{ " + Kinds + " }")], problems), new EntityLinker([]));
        var withFurniture = new LegalDetector(LegalRules.Parse([("ru.json", "{ \"furniture\": [\"по теме\\\\s*:\"], " + Kinds + " }")], problems), new EntityLinker([]));
        const string Text = "Погода в Алматы.\nПо теме: задержан блогер";

        Assert.Empty(problems);
        Assert.NotEmpty(plain.Detect(null, Text));
        Assert.Empty(withFurniture.Detect(null, Text));
    }

    [Theory]
    [InlineData("Житель Тараза, угрожавший в WhatsApp расправой журналисту газеты «Жамбыл Ақшамы», оштрафован судом на 100 МРП.")]
    [InlineData("Поджигателю автомобиля журналистки назначено три года колонии.")]
    [InlineData("Шымкенттегі Абай аудандық соты «Оңтүстік Ақпарат» сайтының тілшісіне дене жарақатын салған 41 жастағы ер адамды үш жылға бас бостандығынан айырды.")]
    [InlineData("A court in Almaty has sentenced a man to nine years in prison for stabbing a television cameraman outside a shopping centre.")]
    [InlineData("Two men convicted over cyberattack on news website.")]
    public void Detect_AttackerOfMediaSentenced_IsNoVerdictAgainstMedia(string text) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == LegalKinds.Verdict);

    [Fact]
    public void Detect_BloggerSentencedForInsultingThePresident_IsAVerdict() =>
        Assert.Contains(Detect("A court in Namangan has sentenced Dilshod Rahimov, a blogger who posts videos about corruption, to three years in prison for insulting the president online."),
            f => f.Kind == LegalKinds.Verdict && f.Subject == "dilshod rahimov");

    [Fact]
    public void Detect_RulingBothSidesAppealed_LeavesTheSuitPending()
    {
        var found = Detect("Appeal court hears Lada.kz defamation case\nThe Mangystau regional court on Tuesday began hearing the appeal in a defamation suit brought by a construction company against Lada.kz. "
            + "A lower court in April ordered the outlet to pay 3 million tenge, but both sides appealed.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "lada");
        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "lada");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_RulingOfTheAppealCourt_IsAVerdict() =>
        Assert.Contains(Detect("The appeals court upheld the ruling that ordered Lada.kz to pay 3 million tenge to a construction company."),
            f => f.Kind == LegalKinds.Verdict && f.Subject == "lada");

    [Fact]
    public void Detect_PersonBeforeAReporterForAnOutlet_IsTheTarget() =>
        Assert.Contains(Detect("Police detained Nurlan Abdrakhmanov, a reporter for Qazaq Report, on Tuesday."),
            f => f.Kind == LegalKinds.Detention && f.Subject == "nurlan abdrakhmanov");

    [Theory]
    [InlineData("Reporters Without Borders said the journalist was detained on Monday.")]
    [InlineData("Adil Soz said the journalist was detained on Monday in Aktobe.")]
    [InlineData("Human Rights Watch said the blogger was sentenced to five years.")]
    public void Detect_OrganisationThatSpeaks_IsNoSubject(string text)
    {
        var found = Assert.Single(Detect(text));

        Assert.Equal("unknown", found.Subject);
    }

    [Fact]
    public void Detect_ClaimToDeclareTheStatementsUntrue_IsALawsuit() =>
        Assert.Contains(Detect("Компания требует признать не соответствующими действительности сведения журналиста Ивана Петрова и взыскать 2 млн тенге."),
            f => f.Kind == LegalKinds.Lawsuit && f.Subject == "ivan petrov");

    [Theory]
    [InlineData("The official whose land deals the journalist exposed was dismissed in April but faces no charges.")]
    [InlineData("Тілшінің өзі де полицияға шақырылмағанын растады.")]
    public void Detect_HedgeTheTriggerOnlyLetsIn_StillHedges(string text) =>
        Assert.Empty(Detect(text));

    [Theory]
    [InlineData("Фонд «Адил соз» сообщает: журналистка из Кызылорды Маржан Бекова получила письмо с требованием удалить расследование.", "marzhan bekova")]
    [InlineData("Прокуратура требует от блогера Олеси Ким в течение суток удалить ролик.", "olesya kim")]
    public void Detect_NameAfterAPlaceOrInTheGenitive_IsTheNominative(string text, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == LegalKinds.TakedownDemand && f.Subject == subject);

    [Fact]
    public void Detect_DemandToldAsBackgroundOfTheSuit_IsAboutTheOutletSued()
    {
        var found = Detect("Депутат маслихата Бакыт Джумагулов подал иск о защите деловой репутации к интернет-изданию «Алматы Пост». "
            + "Ранее через адвоката он потребовал от редакции удалить статью о его компании.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Lawsuit && f.Subject == "almaty post");
        Assert.Contains(found, f => f.Kind == LegalKinds.TakedownDemand && f.Subject == "almaty post");
    }

    [Fact]
    public void Detect_CaseOpenedOverAnArticle_IsNotInsideWhatTheArticleIsAbout() =>
        Assert.Contains(Detect("По факту публикации на сайте «Кокшетау Ньюс» статьи о закупках угля для городских котельных начато досудебное расследование."),
            f => f.Kind == LegalKinds.CriminalCase && f.Subject == "kokshetau news");

    [Fact]
    public void Detect_DetentionAnArticleIsAbout_IsStillNoDetention() =>
        Assert.DoesNotContain(Detect("Прокуратура потребовала от редакции Orda.kz удалить статью о задержании подростков в Алматы."),
            f => f.Kind == LegalKinds.Detention);

    [Theory]
    [InlineData("Подозреваемый водворён в ИВС, журналист получил ушибы и проходит лечение амбулаторно.")]
    [InlineData("Специализированный межрайонный экономический суд Астаны взыскал с телеканала «Сарыарқа ТВ» 47 млн тенге в пользу рекламного агентства.")]
    [InlineData("Суд №2 Уральска удовлетворил её иск к ТОО, издающему газету, и обязал выплатить компенсацию за задержку зарплаты.")]
    [InlineData("Суд отказал Orda.kz в иске к Минфину о доступе к информации.")]
    public void Detect_NoPressureOnMedia_FindsNothing(string text) =>
        Assert.Empty(Detect(text));

    [Fact]
    public void Detect_MinorInTheVideo_IsNoHedgeOnTheDemand() =>
        Assert.Contains(Detect("Астана қаласының прокуратурасы Tengrinews.kz порталына кәмелетке толмаған оқушылардың төбелесі түсірілген видеоны өшіру туралы талап жолдады."),
            f => f.Kind == LegalKinds.TakedownDemand && f.Subject == "tengrinews");

    [Fact]
    public void Detect_CourtDeclaringAChannelsInformationBanned_IsABlockingOrder()
    {
        var found = Detect("Районный суд по заявлению прокуратуры признал информацию, распространяемую в Telegram-канале «Qandy Qantar», запрещённой к распространению на территории Казахстана.");

        Assert.Contains(found, f => f.Kind == LegalKinds.BlockingOrder && f.Subject == "qandy qantar");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
