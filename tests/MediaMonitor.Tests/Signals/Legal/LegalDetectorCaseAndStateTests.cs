using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev10 and dev11 sets: a trigger that opens a quoted title, a Kazakh passive whose
/// subject is another role, custody and suspicion as a state, denials, the name after a verb or a title in its case.
/// </summary>
public sealed class LegalDetectorCaseAndStateTests
{
    [Fact]
    public void Detect_TriggerOpeningAQuotedTitle_IsNoEvent()
    {
        var found = Detect("В субботу театр представил премьеру «Приговора» — драмы о журналисте Ерлане Сагатове.");

        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_KazakhPassiveAfterAnotherRoleInTheNominative_IsAboutThatRole() =>
        Assert.Empty(Detect("Журналистік зерттеуден кейін шенеунік сотталды."));

    [Theory]
    [InlineData("Блогер Ержан Сапаров әкімді сынағаны үшін сотталды.", LegalKinds.Verdict)]
    [InlineData("«Жайық Үні» газетінің тілшісі әкімнің үйін түсіргені үшін ұсталды.", LegalKinds.Detention)]
    public void Detect_KazakhPassiveAfterARoleWithACaseEnding_IsStillAboutTheMedia(string text, string kind) =>
        Assert.Contains(Detect(text), f => f.Kind == kind);

    [Theory]
    [InlineData("Суд признал Мурата Жолдасбаева виновным в распространении ложной информации. Жолдасбаев ведёт Telegram-канал «Жаңа Өмір».", LegalKinds.Verdict, "murat zholdasbayev")]
    [InlineData("Суд продлил срок ареста главного редактора газеты «Ак Жайык» Тимура Нургалиева.", LegalKinds.Detention, "timur nurgaliyev")]
    public void Detect_NameAfterAVerbOrATitle_IsPutInTheNominative(string text, string kind, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject == subject);

    [Theory]
    [InlineData("Суд отложил рассмотрение дела блогера Айжан Тулегеновой. Тулегенова остаётся под домашним арестом.", LegalKinds.Detention)]
    [InlineData("The trial of reporter Dias Temirkhanov was adjourned. Temirkhanov has been in pre-trial detention since February.", LegalKinds.Detention)]
    [InlineData("Сайт Informburo.kz не блокировали — в работе был сбой.", LegalKinds.BlockingOrder)]
    [InlineData("The Medeu district court has yet to set a hearing date in the suit against Vlast.kz.", LegalKinds.Hearing)]
    [InlineData("Суд признал блогера Ерлана Касымова виновным в получении взятки от застройщика.", LegalKinds.Verdict)]
    [InlineData("Журналист болып таныстырған алаяқ ұсталды.", LegalKinds.Detention)]
    public void Detect_StateDenialOrSomeoneElsesCase_IsNoEvent(string text, string kind) =>
        Assert.DoesNotContain(Detect(text), f => f.Kind == kind);

    [Fact]
    public void Detect_FirstSessionReportedAfterTheSuit_IsAHearingOfThatSuit()
    {
        var found = Detect("Сеть клиник обратилась в суд с иском к Hola News о защите деловой репутации. Первое заседание состоялось в понедельник.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Hearing && f.Subject == "holanews");
    }

    [Fact]
    public void Detect_KazakhCourtOrderingAdministrativeArrest_IsADetentionAndAVerdict()
    {
        var found = Detect("Сот тілші Ерасыл Дүйсенбаевты 10 тәулікке әкімшілік қамауға алды.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Detention);
        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict);
    }

    [Fact]
    public void Detect_FindingThatNamesNoOne_IsAboutTheOnePersonTheTextNames_NotACodesAbbreviation()
    {
        var found = Detect("Полиция Шымкента возбудила уголовное дело против журналистки. Поводом стал видеосюжет Айгерим Толеуовой о нарушениях при распределении жилья. Дело зарегистрировано по ст. 274 УК РК, журналистке присвоен статус подозреваемой.");

        Assert.Contains(found, f => f.Kind == LegalKinds.CriminalCase && f.Subject == "aigerim toleuova");
        Assert.DoesNotContain(found, f => f.Subject == "uk rk");
    }

    [Fact]
    public void Detect_AbbreviationAfterAnActorWord_IsNoName()
    {
        var found = Detect("Бүгін маған ҚР ҚК-нің 274-бабы бойынша күдікті деп танылғаным туралы қаулыны тапсырды. — Айжан Төлеубаева, «Ырғыз үні» Telegram-арнасының авторы");

        var charge = Assert.Single(found, f => f.Kind == LegalKinds.CriminalCase);
        Assert.DoesNotContain("kk", charge.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_QuotedHeadlineOfAPiece_IsNoSubject()
    {
        var found = Detect("Аким района потребовал удалить с сайта районной газеты материал «Школа, которую забыли».");

        var demand = Assert.Single(found, f => f.Kind == LegalKinds.TakedownDemand);
        Assert.NotEqual("shkola kotoruyu zabyli", demand.Subject);
    }

    [Theory]
    [InlineData("Editor subpoenaed over corruption exposé\nAigul Omarova edits the Karaganda-based news site Saryarka Today. Omarova has now been subpoenaed by the regional anti-corruption agency.", LegalKinds.Detention, "aigul omarova")]
    [InlineData("Бакыт Абдыкадыров работает в Кыргызской службе Радио Азаттык с 2015 года. После обыска журналиста доставили в здание ГКНБ на допрос.", LegalKinds.Detention, "bakyt abdykadyrov")]
    [InlineData("Азаттық радиосының тілшісі Ержан Сәрсенбаев жер дауы туралы жазды. Кәсіпкер тілшіге қарсы ар-намысты қорғау туралы талап арыз берді. Кеше Ақтөбе қалалық сотында істің алғашқы отырысы өтті.", LegalKinds.Hearing, "yerzhan sarsenbayev")]
    [InlineData("Eurasianet reports that blogger Kairat Zhunusov was remanded in custody on Friday for two months.", LegalKinds.Detention, "kairat zhunusov")]
    public void Detect_PersonNamedFarFromTheEvent_IsTheSubject_NotTheOutletTheSourceOrAPlace(string text, string kind, string subject) =>
        Assert.Contains(Detect(text), f => f.Kind == kind && f.Subject == subject);

    [Fact]
    public void Detect_TrialOverAnotherRoleInTheInstrumental_IsAboutThatRole() =>
        Assert.DoesNotContain(Detect("В Алматы начался процесс над бывшим руководителем госкомпании, о махинациях которого писали журналисты Orda.kz."), f => f.Kind == LegalKinds.Hearing);

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
