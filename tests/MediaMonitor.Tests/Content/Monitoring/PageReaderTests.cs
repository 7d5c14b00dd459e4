using System.Text;
using MediaMonitor.Content.Monitoring;

namespace MediaMonitor.Tests.Content.Monitoring;

public sealed class PageReaderTests
{
    [Fact]
    public void LooksBinary_PngAndGzipBytes_AreBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        Assert.True(PageReader.LooksBinary(png));
        Assert.True(PageReader.LooksBinary(random));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public void LooksBinary_CyrillicTextInAnyCharset_IsText(string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><title>Новости</title></head><body>\n\t<p>" + string.Join("</p>\r\n<p>", NewsHtml.RussianParagraphs) + "</p></body></html>";

        Assert.False(PageReader.LooksBinary(Encoding.GetEncoding(charset).GetBytes(html)));
    }

    [Theory]
    [InlineData("text/html", true)]
    [InlineData("application/xhtml+xml", true)]
    [InlineData("application/rss+xml", true)]
    [InlineData(null, true)]
    [InlineData("image/png", false)]
    [InlineData("application/pdf", false)]
    public void IsTextType_Cases(string? mediaType, bool expected) => Assert.Equal(expected, PageReader.IsTextType(mediaType));
}
