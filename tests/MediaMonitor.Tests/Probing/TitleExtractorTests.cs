using System.Text;
using MediaMonitor.Probing;

namespace MediaMonitor.Tests.Probing;

public sealed class TitleExtractorTests
{
    [Fact]
    public void Extract_EntitiesAndWhitespace_AreCleaned() =>
        Assert.Equal("Vlast & «Азаттык»", TitleExtractor.Extract(Encoding.UTF8.GetBytes("<html><head><TITLE lang=ru>\n Vlast &amp; «Азаттык»\n</title>"), null));

    [Fact]
    public void Extract_NoTitle_IsNull() =>
        Assert.Null(TitleExtractor.Extract(Encoding.UTF8.GetBytes("<html><body>no title</body></html>"), "text/html; charset=utf-8"));

    [Fact]
    public void Extract_UnknownCharset_FallsBackToUtf8() =>
        Assert.Equal("Жаңалықтар", TitleExtractor.Extract(Encoding.UTF8.GetBytes("<title>Жаңалықтар</title>"), "text/html; charset=x-no-such-charset"));
}
