using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Signals.Legal;

public sealed class LegalRulesTests
{
    [Fact]
    public void Parse_BadPatternUnknownKindAndBrokenJson_AreReportedAndTheRestLoads()
    {
        var problems = new List<SiteProblem>();

        var rules = LegalRules.Parse(
            [
                ("ru.json", """{ "actors": ["журналист\\w*", "(unclosed"], "kinds": [ { "kind": "lawsuit", "triggers": [ { "pattern": "иск\\w*" }, { "pattern": "[bad" } ] }, { "kind": "lawsuits", "triggers": [] } ] }"""),
                ("kk.json", "{ \"actors\": [\n  \"журналист\" \n"),
            ],
            problems);

        var reasons = problems.Select(p => p.ToString()).ToList();
        Assert.Contains(reasons, r => r.StartsWith("ru.json: actors: '(unclosed' is not a valid regular expression", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("ru.json: lawsuit.triggers: '[bad' is not a valid regular expression", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("ru.json: unknown kind 'lawsuits'", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("kk.json:3: not valid rules JSON", StringComparison.Ordinal));
        var lawsuit = Assert.Single(rules.Kinds);
        Assert.Single(lawsuit.Triggers);
    }

    [Fact]
    public void Parse_PartOfAnUnknownKind_IsReportedAndTheKnownOnesKept()
    {
        var problems = new List<SiteProblem>();

        var rules = LegalRules.Parse([("ru.json", """{ "kinds": [ { "kind": "criminal-case", "partOf": ["verdict", "trial", "criminal-case"], "triggers": [ { "pattern": "обвиня\\w*" }, { "pattern": "возбужд\\w*", "news": true } ] } ] }""")], problems);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("criminal-case.partOf", p.ToString(), StringComparison.Ordinal));
        var kind = Assert.Single(rules.Kinds);
        Assert.Equal(["verdict"], kind.PartOf);
        Assert.Equal([false, true], kind.Triggers.Select(t => t.News));
    }

    [Fact]
    public void Parse_PatternsMatchWholeWordsOnly()
    {
        var rules = LegalRules.Parse([("ru.json", """{ "actors": ["сми"], "kinds": [ { "kind": "lawsuit", "triggers": [ { "pattern": "иск\\w*", "needsActor": false } ] } ] }""")], []);
        var detector = new LegalDetector(rules, new EntityLinker([]));

        Assert.Empty(detector.Detect(null, "Поиска не дало результатов."));
        Assert.Single(detector.Detect(null, "Иском занялся суд."));
    }

    [Fact]
    public void Parse_ContentPatterns_HideWhatAPublicationIsAboutFromTriggersAndNegatives()
    {
        const string Kinds = """
            "actors": ["журналист\\w*"],
            "kinds": [
              { "kind": "detention", "triggers": [ { "pattern": "задержани\\w*" } ] },
              { "kind": "criminal-case", "triggers": [ { "pattern": "уголовн\\w* дело" } ], "negative": ["взятк\\w*"] }
            ]
            """;
        var problems = new List<SiteProblem>();
        var plain = new LegalDetector(LegalRules.Parse([("ru.json", "{" + Kinds + "}")], problems), new EntityLinker([]));
        var withContent = new LegalDetector(LegalRules.Parse([("ru.json", "{ \"content\": [\"(?<=стать\\\\w* )о [^,.]*\"], " + Kinds + "}")], problems), new EntityLinker([]));
        const string Text = "На журналиста завели уголовное дело за статью о взятках при задержании акима.";

        Assert.Empty(problems);
        Assert.Equal([LegalKinds.Detention], plain.Detect(null, Text).Select(f => f.Kind));
        Assert.Equal([LegalKinds.CriminalCase], withContent.Detect(null, Text).Select(f => f.Kind));
    }

    [Fact]
    public void Parse_SameStory_ReadsBackgroundOfTheTextsCurrentEvent()
    {
        static string Rules(bool sameStory) => $$"""
            {
              "actors": ["журналист\\w*"], "pronouns": ["его"], "background": ["ранее"],
              "kinds": [
                { "kind": "hearing", "triggers": [ { "pattern": "суд над" } ] },
                { "kind": "detention", "sameStory": {{(sameStory ? "true" : "false")}}, "triggers": [ { "pattern": "обыск" } ] }
              ]
            }
            """;
        var problems = new List<SiteProblem>();
        var plain = new LegalDetector(LegalRules.Parse([("ru.json", Rules(false))], problems), new EntityLinker([]));
        var sameStory = new LegalDetector(LegalRules.Parse([("ru.json", Rules(true))], problems), new EntityLinker([]));
        const string Text = "Начался суд над журналистом Арманом Сейткали. Ранее у него провели обыск.";

        Assert.Empty(problems);
        Assert.Equal([LegalKinds.Hearing], plain.Detect(null, Text).Select(f => f.Kind));
        Assert.Equal([LegalKinds.Hearing, LegalKinds.Detention], sameStory.Detect(null, Text).Select(f => f.Kind));
    }

    [Fact]
    public void Parse_BadContentPattern_IsReportedWithItsKey()
    {
        var problems = new List<SiteProblem>();

        _ = LegalRules.Parse([("en.json", """{ "content": ["(about"] }""")], problems);

        Assert.StartsWith("en.json: content: '(about' is not a valid regular expression", Assert.Single(problems).ToString(), StringComparison.Ordinal);
    }
}
