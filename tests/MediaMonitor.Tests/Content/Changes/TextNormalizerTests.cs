using MediaMonitor.Content.Changes;

namespace MediaMonitor.Tests.Content.Changes;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("12.03.2024")]
    [InlineData("14:35")]
    [InlineData("12.03.2024, 14:35")]
    [InlineData("Опубликовано: 12 марта 2024, 14:35")]
    [InlineData("3 часа назад")]
    [InlineData("2 hours ago")]
    [InlineData("3 сағат бұрын")]
    [InlineData("👁 1234")]
    [InlineData("Просмотров: 1234")]
    [InlineData("1.2K views")]
    [InlineData("Updated March 12, 2024 at 2:35 pm · 1,234 views")]
    public void ApplyIgnoreRules_MetaLine_IsDropped(string line)
    {
        var text = TextNormalizer.Default.ApplyIgnoreRules($"Первый абзац статьи.\n{line}\nВторой абзац статьи.");

        Assert.Equal("Первый абзац статьи.\nВторой абзац статьи.", text);
    }

    [Fact]
    public void ApplyIgnoreRules_SentenceMentioningTime_IsKept()
    {
        const string Text = "В 14:35 полиция задержала двух журналистов у здания акимата.";

        Assert.Equal(Text, TextNormalizer.Default.ApplyIgnoreRules(Text));
    }

    [Fact]
    public void ApplyIgnoreRules_MostReadBlock_IsDroppedUpToLongLine()
    {
        var paragraph = new string('а', 250);
        var text = TextNormalizer.Default.ApplyIgnoreRules($"Начало.\nСамое читаемое\nЗаголовок один\nЗаголовок два\n{paragraph}");

        Assert.Equal($"Начало.\n{paragraph}", text);
    }

    [Fact]
    public void ApplyIgnoreRules_OutletRule_DropsItsLines()
    {
        var rules = IgnoreRules.Default.Merge(new IgnoreRules(["^Курс валют:.*$"], []));

        var text = TextNormalizer.For(rules).ApplyIgnoreRules("Текст статьи.\nКурс валют: USD 470,5");

        Assert.Equal("Текст статьи.", text);
    }

    [Fact]
    public void Normalize_CasePunctuationAndSpaces_AreFolded()
    {
        Assert.Equal("суд оштрафовал редакцию еще раз", TextNormalizer.Default.Normalize("  Суд   ОШТРАФОВАЛ — «редакцию»…\nЕщё раз!!! "));
    }

    [Fact]
    public void Normalize_CompatibilityCharacters_AreNfkcFolded()
    {
        Assert.Equal("file 2", TextNormalizer.Default.Normalize("ﬁle ２"));
    }
}
