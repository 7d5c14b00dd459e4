using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

public sealed class DetailsExtractorTests
{
    [Theory]
    [InlineData("истец требует 50 млн тенге", 50_000_000, "KZT")]
    [InlineData("взыскать 1,5 млн тенге морального вреда", 1_500_000, "KZT")]
    [InlineData("моральдық зиян ретінде 10 000 000 теңге", 10_000_000, "KZT")]
    [InlineData("damages of $20,000", 20_000, "USD")]
    [InlineData("a fine of 2 million tenge", 2_000_000, "KZT")]
    [InlineData("штраф в 200 МРП", 200, "MRP")]
    [InlineData("500 тыс. рублей", 500_000, "RUB")]
    public void Extract_Amounts(string text, double amount, string currency)
    {
        var details = DetailsExtractor.Extract(text);

        Assert.Equal(((decimal)amount, currency), (details.Amount!.Value, details.Currency!));
    }

    [Theory]
    [InlineData("по ст. 274 УК РК", "274")]
    [InlineData("по части 2 статьи 174 Уголовного кодекса", "174")]
    [InlineData("ҚК-нің 274-бабы бойынша", "274")]
    [InlineData("under Article 130 of the Criminal Code", "130")]
    public void Extract_CodeArticle(string text, string article) => Assert.Equal(article, DetailsExtractor.Extract(text).Article);

    [Theory]
    [InlineData("Басқарма порталынан қалалық аурухана туралы жариялымды өшіруді талап етті.")]
    [InlineData("Ол облыстық жағдай туралы жазған.")]
    public async Task Extract_KazakhSentenceWithACourtWordButNoCourt_ReturnsAtOnce(string text)
    {
        // These sentences once sent the court pattern (source-generated) into a loop: the first with a case-insensitive
        // \p{Lu}, the second with a lazy word gap before "сот".

        var details = await Task.Run(() => DetailsExtractor.Extract(text), TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Null(details.Court);
    }

    [Fact]
    public void Extract_NothingToRead_IsAllNull()
    {
        var details = DetailsExtractor.Extract("Погода в Алматы солнечная, 25 градусов.");

        Assert.Equal(new LegalDetails(null, null, null, null, null), details);
    }

    [Fact]
    public void Extract_CourtAndClaimant()
    {
        var details = DetailsExtractor.Extract("Медеуский районный суд Алматы начал рассматривать дело по иску ТОО «Алау Энерджи» к редакции.");

        Assert.Equal("Медеуский районный суд Алматы", details.Court);
        Assert.StartsWith("ТОО", details.Claimant, StringComparison.Ordinal);
    }
}
