using MediaMonitor.Content.Changes;

namespace MediaMonitor.Tests.Content.Changes;

public sealed class ChangeClassifierTests
{
    private static readonly ChangeContext Ctx = ChangeContext.Default;

    private static string Article(IEnumerable<string> sentences) => string.Join('\n', sentences);

    public static TheoryData<string, string> RotatingFurniture => new()
    {
        {
            ArticleFixtures.Russian("12.03.2024, 14:35", "👁 1234", ["Аким области ушел в отставку", "Цены на бензин выросли"]),
            ArticleFixtures.Russian("3 часа назад", "Просмотров: 5678", ["В Астане открыли новый мост", "Погода на выходные: снег"])
        },
        {
            ArticleFixtures.Kazakh("12.03.2024 14:35", "👁 87", ["Облыс әкімі отставкаға кетті", "Жанармай бағасы өсті"]),
            ArticleFixtures.Kazakh("3 сағат бұрын", "👁 1 204", ["Астанада жаңа көпір ашылды", "Демалыс күндері қар жауады"])
        },
        {
            ArticleFixtures.English("March 12, 2024 2:35 pm", "1.2K views", ["Regional governor resigns", "Fuel prices rise again"]),
            ArticleFixtures.English("2 hours ago", "3,456 views", ["New bridge opens in Astana", "Snow expected at the weekend"])
        },
    };

    [Fact]
    public void Classify_IdenticalText_IsNone()
    {
        var text = Article(ArticleFixtures.RussianSentences);

        var change = ChangeClassifier.Classify(text, text, Ctx);

        Assert.Equal(ChangeKinds.None, change.Kind);
        Assert.Equal(1.0, change.Similarity);
        Assert.Equal(0, change.SimHashDistance);
        Assert.Null(change.Diff);
    }

    [Theory]
    [MemberData(nameof(RotatingFurniture))]
    public void Classify_OnlyTimestampCounterAndMostReadChanged_IsNone(string before, string after)
    {
        var change = ChangeClassifier.Classify(before, after, Ctx);

        Assert.Equal(ChangeKinds.None, change.Kind);
        Assert.Equal(0, change.SimHashDistance);
    }

    [Fact]
    public void Classify_OneSentenceEditedOfTwenty_IsMinorWithDiff()
    {
        var edited = ArticleFixtures.RussianSentences.ToArray();
        edited[8] = "Прокурор настаивал на штрафе в размере пятисот месячных расчетных показателей и запрете на профессию.";

        var change = ChangeClassifier.Classify(Article(ArticleFixtures.RussianSentences), Article(edited), Ctx);

        Assert.Equal(ChangeKinds.Minor, change.Kind);
        Assert.InRange(change.Similarity, ChangeClassifier.MinorThreshold, ChangeClassifier.NoneThreshold);
        Assert.Equal(
            $"- {ArticleFixtures.RussianSentences[8]}\n+ {edited[8]}\n",
            change.Diff);
    }

    [Fact]
    public void Classify_HalfRewritten_IsMajor()
    {
        var after = ArticleFixtures.RussianSentences[..10].Concat(ArticleFixtures.RussianRewrite);

        var change = ChangeClassifier.Classify(Article(ArticleFixtures.RussianSentences), Article(after), Ctx);

        Assert.Equal(ChangeKinds.Major, change.Kind);
        Assert.True(change.Similarity < ChangeClassifier.MinorThreshold, $"similarity {change.Similarity}");
        Assert.Contains($"+ {ArticleFixtures.RussianRewrite[0]}", change.Diff, StringComparison.Ordinal);
        Assert.Contains($"- {ArticleFixtures.RussianSentences[19]}", change.Diff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("12.03.2024\n👁 1234")]
    public void Classify_EmptyAfter_IsRemoved(string? after)
    {
        var change = ChangeClassifier.Classify(Article(ArticleFixtures.RussianSentences), after, Ctx);

        Assert.Equal(ChangeKinds.Removed, change.Kind);
        Assert.Null(change.ReplacedBy);
    }

    [Fact]
    public void Classify_NotFoundPage_IsRemoved()
    {
        var change = ChangeClassifier.Classify(Article(ArticleFixtures.RussianSentences), "Ошибка 404\nСтраница не найдена. Вернуться на главную.", Ctx);

        Assert.Equal(ChangeKinds.Removed, change.Kind);
    }

    [Theory]
    [InlineData("Уважаемые читатели!\nС 1 апреля издание прекращает работу. Благодарим вас за доверие все эти годы.", NoticePhrases.Closure)]
    [InlineData("Құрметті оқырмандар!\n1 сәуірден бастап басылым жұмысын тоқтатады. Осы жылдар бойы бізбен бірге болғаныңызға рахмет.", NoticePhrases.Closure)]
    [InlineData("example-news.kz\nThis domain is for sale!\nMake an offer today. Related searches: news, media, Kazakhstan.", NoticePhrases.ParkedDomain)]
    [InlineData("Доступ к информационному ресурсу ограничен на основании законодательства Республики Казахстан.", NoticePhrases.Blockpage)]
    [InlineData("Сайт приостановлен. Обратитесь к администратору хостинга.", NoticePhrases.Suspended)]
    [InlineData("502 Bad Gateway\nnginx", NoticePhrases.HostingError)]
    public void Classify_NoticePage_IsReplacedWithReason(string after, string reason)
    {
        var change = ChangeClassifier.Classify(Article(ArticleFixtures.RussianSentences), after, Ctx);

        Assert.Equal(ChangeKinds.Replaced, change.Kind);
        Assert.Equal(reason, change.ReplacedBy);
    }

    [Fact]
    public void Classify_ArticleAboutBlocking_IsNotReplaced()
    {
        string[] before = [.. ArticleFixtures.RussianSentences, "Ранее сообщалось, что сайт временно заблокирован по решению суда."];
        string[] after = [.. before, "Представитель министерства подтвердил, что доступ будет восстановлен после удаления материала."];

        var change = ChangeClassifier.Classify(Article(before), Article(after), Ctx);

        Assert.NotEqual(ChangeKinds.Replaced, change.Kind);
        Assert.Null(change.ReplacedBy);
    }

    [Fact]
    public void Classify_LongDiff_IsCapped()
    {
        var after = ArticleFixtures.RussianRewrite.Concat(ArticleFixtures.RussianRewrite.Select(s => s + " Дополнение."));

        var change = ChangeClassifier.Classify(Article(ArticleFixtures.RussianSentences), Article(after), Ctx with { MaxDiffLines = 5 });

        Assert.Equal(ChangeKinds.Major, change.Kind);
        var lines = change.Diff!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.Equal("… 35 more changed lines", lines[^1]);
    }
}
