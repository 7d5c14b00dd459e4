using MediaMonitor.Content.Articles;

namespace MediaMonitor.Tests.Content.Articles;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Fri, 03 May 2024 10:15:00 +0600", 6)]
    [InlineData("Fri, 3 May 2024 10:15:00 +06:00", 6)]
    [InlineData("03 May 2024 10:15:00 +0600", 6)]
    [InlineData("Fri, 03 May 2024 04:15:00 GMT", 0)]
    [InlineData("Fri, 03 May 2024 04:15:00 UT", 0)]
    [InlineData("Fri, 03 May 2024 04:15:00", 0)]
    [InlineData("Thu, 02 May 2024 23:15:00 EST", -5)]
    [InlineData("Fri, 03 May 2024 07:15:00 MSK", 3)]
    [InlineData("Пт, 03 мая 2024 10:15:00 +0600", 6)]
    [InlineData("Fri, 03 May 24 10:15:00 +0600", 6)]
    [InlineData("Friday, 03 May 2024 10:15 +0600", 6)]
    [InlineData("  Fri,  03  May  2024  10:15:00  +0600  ", 6)]
    [InlineData("2024-05-03T10:15:00+06:00", 6)]
    [InlineData("2024-05-03T04:15:00Z", 0)]
    [InlineData("2024-05-03T04:15:00.000Z", 0)]
    public void Parse_CommonForms_GiveTheSameInstant(string text, int offsetHours)
    {
        var parsed = FeedDates.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(TimeSpan.FromHours(offsetHours), parsed.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 4, 15, 0, TimeSpan.Zero), parsed.Value.ToUniversalTime());
    }

    [Fact]
    public void Parse_DateOnly_IsMidnightUtc()
    {
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), FeedDates.Parse("2024-05-02"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("вчера")]
    [InlineData("Fri, 31 Feb 2024 10:15:00 GMT")]
    [InlineData("Fri, 03 Foo 2024 10:15:00 GMT")]
    [InlineData("Fri, 03 May 2024 25:15:00 GMT")]
    [InlineData("Fri, 03 May 2024 10:15:00 +9900")]
    public void Parse_Nonsense_IsNull(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
