using System.Text;
using MediaMonitor.Content;

namespace MediaMonitor.Tests.Content;

public sealed class HtmlDecoderTests
{
    private const string Russian = "Независимые журналисты сообщают о блокировке сайтов и давлении на редакции. Суд оштрафовал главного редактора.";

    static HtmlDecoderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static byte[] Encode(int codePage, string head) =>
        Encoding.GetEncoding(codePage).GetBytes($"<html><head>{head}<title>Новости</title></head><body><p>{Russian}</p></body></html>");

    [Theory]
    [InlineData(1251, "windows-1251")]
    [InlineData(20866, "koi8-r")]
    public void Decode_CharsetInHeader_Decodes(int codePage, string label)
    {
        var text = HtmlDecoder.Decode(Encode(codePage, ""), $"text/html; charset={label}");

        Assert.Contains(Russian, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1251, "<meta charset=\"windows-1251\">")]
    [InlineData(20866, "<meta charset=koi8-r>")]
    [InlineData(1251, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    [InlineData(20866, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">")]
    public void Decode_CharsetInMeta_Decodes(int codePage, string meta)
    {
        var text = HtmlDecoder.Decode(Encode(codePage, meta), "text/html");

        Assert.Contains(Russian, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1251)]
    [InlineData(20866)]
    public void Decode_Undeclared_DetectsFromLetters(int codePage)
    {
        var text = HtmlDecoder.Decode(Encode(codePage, ""));

        Assert.Contains(Russian, text, StringComparison.Ordinal);
        Assert.Equal(codePage, HtmlDecoder.DetectEncoding(Encode(codePage, "")).CodePage);
    }

    [Fact]
    public void Decode_UndeclaredUtf8Kazakh_DecodesAsUtf8()
    {
        const string kazakh = "Тәуелсіз журналистер сайттардың бұғатталғаны туралы хабарлайды.";

        var text = HtmlDecoder.Decode(Encoding.UTF8.GetBytes($"<p>{kazakh}</p>"));

        Assert.Contains(kazakh, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HeaderOverridesMeta()
    {
        var bytes = Encode(20866, "<meta charset=\"windows-1251\">");

        var text = HtmlDecoder.Decode(bytes, "text/html; charset=koi8-r");

        Assert.Contains(Russian, text, StringComparison.Ordinal);
    }
}
