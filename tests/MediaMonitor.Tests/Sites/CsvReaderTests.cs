using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Sites;

public sealed class CsvReaderTests
{
    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndNewlines_KeepsThemAndCountsLines()
    {
        var (records, errors) = CsvReader.Parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\nlast,row\n");

        Assert.Empty(errors);
        Assert.Equal(4, records.Count);
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("multi\nline", records[2].Fields[0]);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(5, records[3].Line);
    }

    [Fact]
    public void Parse_CrLfAndByteOrderMark_AreIgnored()
    {
        var (records, errors) = CsvReader.Parse("\uFEFFurl,code\r\nhttps://a.kz/,NEWS\r\n");

        Assert.Empty(errors);
        Assert.Equal("url", records[0].Fields[0]);
        Assert.Equal(["https://a.kz/", "NEWS"], records[1].Fields);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsTheLineItStartsOn()
    {
        var (_, errors) = CsvReader.Parse("a,b\nok,row\n\"never closed,x\nmore\n");

        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    public void Escape_QuotesOnlyWhenNeeded(string value, string expected) => Assert.Equal(expected, CsvReader.Escape(value));
}
