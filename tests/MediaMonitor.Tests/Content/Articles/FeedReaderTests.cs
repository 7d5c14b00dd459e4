using System.Text;
using MediaMonitor.Content.Articles;

namespace MediaMonitor.Tests.Content.Articles;

public sealed class FeedReaderTests
{
    private static readonly Uri FeedUrl = new("https://vlast.kz/rss/news.xml");

    private const string Rss = """
        <?xml version="1.0" encoding="windows-1251"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Власть</title>
            <link>https://vlast.kz/</link>
            <item>
              <title><![CDATA[Суд оштрафовал  главного
                редактора &laquo;Власти&raquo;]]></title>
              <link>https://vlast.kz/novosti/60123-sud-oshtrafoval-redaktora.html</link>
              <pubDate>Fri, 03 May 2024 10:15:00 +0600</pubDate>
            </item>
            <item>
              <title>Журналисты &amp;quot;о блокировке&amp;quot; сайтов</title>
              <link>/novosti/60124-zhurnalister.html</link>
              <pubDate>03 May 2024 11:00:00 GMT</pubDate>
            </item>
            <item>
              <title>Guid only</title>
              <guid>https://vlast.kz/novosti/60125-guid-only.html</guid>
            </item>
            <item>
              <title>Duplicate</title>
              <link>https://vlast.kz/novosti/60123-sud-oshtrafoval-redaktora.html#comments</link>
            </item>
            <item><title>Script</title><link>javascript:alert(1)</link></item>
            <item><title>Credentials</title><link>https://user:secret@vlast.kz/novosti/1</link></item>
            <item><title>FTP</title><link>ftp://vlast.kz/file</link></item>
          </channel>
        </rss>
        """;

    static FeedReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static FeedReadResult Read(string xml, int maxItems = 500) => FeedReader.Read(FeedUrl, Encoding.UTF8.GetBytes(xml), maxItems);

    [Fact]
    public void Read_Rss2InWindows1251WithCdata_DecodesTitlesLinksAndDates()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Rss);

        var result = FeedReader.Read(FeedUrl, bytes);

        Assert.Equal("rss", result.Format);
        Assert.Null(result.Error);
        Assert.False(result.Truncated);
        Assert.Equal(3, result.Links.Count);
        Assert.Equal(new Uri("https://vlast.kz/novosti/60123-sud-oshtrafoval-redaktora.html"), result.Links[0].Url);
        Assert.Equal("Суд оштрафовал главного редактора «Власти»", result.Links[0].Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 10, 15, 0, TimeSpan.FromHours(6)), result.Links[0].Published);
        Assert.Equal(new Uri("https://vlast.kz/novosti/60124-zhurnalister.html"), result.Links[1].Url);
        Assert.Equal("Журналисты \"о блокировке\" сайтов", result.Links[1].Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 11, 0, 0, TimeSpan.Zero), result.Links[1].Published);
        Assert.Equal(new Uri("https://vlast.kz/novosti/60125-guid-only.html"), result.Links[2].Url);
        Assert.Null(result.Links[2].Published);
        Assert.Empty(result.Sitemaps);
    }

    [Fact]
    public void Read_Rss2InKoi8RDeclaredInDeclaration_DecodesCyrillic()
    {
        var xml = Rss.Replace("windows-1251", "KOI8-R", StringComparison.Ordinal);

        var result = FeedReader.Read(FeedUrl, Encoding.GetEncoding(20866).GetBytes(xml));

        Assert.Equal("Суд оштрафовал главного редактора «Власти»", result.Links[0].Title);
    }

    [Fact]
    public void Read_Utf8BomAndLeadingWhitespace_Reads()
    {
        var xml = "\n  " + Rss.Replace("windows-1251", "utf-8", StringComparison.Ordinal);
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(xml)];

        var result = FeedReader.Read(FeedUrl, bytes);

        Assert.Null(result.Error);
        Assert.Equal("Суд оштрафовал главного редактора «Власти»", result.Links[0].Title);
    }

    [Fact]
    public void Read_Utf16WithBom_Reads()
    {
        var xml = Rss.Replace("windows-1251", "utf-16", StringComparison.Ordinal);
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(xml)];

        var result = FeedReader.Read(FeedUrl, bytes);

        Assert.Null(result.Error);
        Assert.Equal(3, result.Links.Count);
    }

    [Fact]
    public void Read_Atom_TakesAlternateLinkPublishedAndXmlBase()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://kaz.example.kz/kk/">
              <title>Жаңалықтар</title>
              <link rel="self" href="https://kaz.example.kz/atom.xml"/>
              <entry>
                <title type="html">Редактор &lt;b&gt;сотта&lt;/b&gt;</title>
                <link rel="edit" href="https://kaz.example.kz/api/1"/>
                <link rel="alternate" type="text/html" href="news/2024/05/03/redaktor-sotta"/>
                <published>2024-05-03T10:15:00+05:00</published>
                <updated>2024-05-04T09:00:00Z</updated>
              </entry>
              <entry>
                <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Press <em>freedom</em> index</div></title>
                <link href="https://kaz.example.kz/en/press-freedom-index-2024"/>
                <updated>2024-05-04T09:00:00Z</updated>
              </entry>
              <entry xml:base="https://other.example.kz/">
                <title>Relative to entry base</title>
                <link href="a/12345"/>
              </entry>
            </feed>
            """;

        var result = Read(atom);

        Assert.Equal("atom", result.Format);
        Assert.Null(result.Error);
        Assert.Equal(3, result.Links.Count);
        Assert.Equal(new Uri("https://kaz.example.kz/kk/news/2024/05/03/redaktor-sotta"), result.Links[0].Url);
        Assert.Equal("Редактор сотта", result.Links[0].Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 10, 15, 0, TimeSpan.FromHours(5)), result.Links[0].Published);
        Assert.Equal("Press freedom index", result.Links[1].Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 9, 0, 0, TimeSpan.Zero), result.Links[1].Published);
        Assert.Equal(new Uri("https://other.example.kz/a/12345"), result.Links[2].Url);
    }

    [Fact]
    public void Read_Rdf_TakesLinkOrAboutAndDcDate()
    {
        const string rdf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.kz/"><title>Новости</title><link>https://example.kz/</link></channel>
              <item rdf:about="https://example.kz/news/111">
                <title>Первая новость</title>
                <link>https://example.kz/news/111?utm_source=rss</link>
                <dc:date>2024-05-03T10:15:00+06:00</dc:date>
              </item>
              <item rdf:about="https://example.kz/news/222">
                <title>Вторая новость</title>
              </item>
            </rdf:RDF>
            """;

        var result = Read(rdf);

        Assert.Equal("rdf", result.Format);
        Assert.Null(result.Error);
        Assert.Equal(2, result.Links.Count);
        Assert.Equal(new Uri("https://example.kz/news/111?utm_source=rss"), result.Links[0].Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 10, 15, 0, TimeSpan.FromHours(6)), result.Links[0].Published);
        Assert.Equal(new Uri("https://example.kz/news/222"), result.Links[1].Url);
        Assert.Equal("Вторая новость", result.Links[1].Title);
    }

    [Fact]
    public void Read_NewsSitemap_TakesLocNewsTitleAndPublicationDate()
    {
        const string sitemap = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
                    xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
              <url>
                <loc>https://kz.example.com/news/2024/05/03/zhurnalist-ustaldy</loc>
                <image:image><image:loc>https://kz.example.com/i/1.jpg</image:loc><image:title>Сурет</image:title></image:image>
                <news:news>
                  <news:publication><news:name>Example</news:name><news:language>kk</news:language></news:publication>
                  <news:publication_date>2024-05-03T08:00:00+05:00</news:publication_date>
                  <news:title>Журналист ұсталды</news:title>
                </news:news>
              </url>
              <url>
                <loc>https://kz.example.com/ru/news/2024/05/02/plain</loc>
                <lastmod>2024-05-02</lastmod>
              </url>
            </urlset>
            """;

        var result = Read(sitemap);

        Assert.Equal("sitemap", result.Format);
        Assert.Null(result.Error);
        Assert.Equal(2, result.Links.Count);
        Assert.Equal(new Uri("https://kz.example.com/news/2024/05/03/zhurnalist-ustaldy"), result.Links[0].Url);
        Assert.Equal("Журналист ұсталды", result.Links[0].Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 8, 0, 0, TimeSpan.FromHours(5)), result.Links[0].Published);
        Assert.Null(result.Links[1].Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), result.Links[1].Published);
    }

    [Fact]
    public void Read_SitemapIndex_ReturnsSitemapsNotLinks()
    {
        const string index = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://vlast.kz/sitemap-news.xml</loc><lastmod>2024-05-03</lastmod></sitemap>
              <sitemap><loc>/sitemap-2024-05.xml</loc></sitemap>
              <sitemap><loc>https://vlast.kz/sitemap-news.xml</loc></sitemap>
            </sitemapindex>
            """;

        var result = Read(index);

        Assert.Equal("sitemapindex", result.Format);
        Assert.Empty(result.Links);
        Assert.Equal([new Uri("https://vlast.kz/sitemap-news.xml"), new Uri("https://vlast.kz/sitemap-2024-05.xml")], result.Sitemaps);
    }

    [Fact]
    public void Read_TruncatedMidItem_ReturnsCompleteItemsBefore()
    {
        var items = string.Concat(Enumerable.Range(1, 50).Select(i => $"<item><title>Item {i}</title><link>https://example.kz/news/{1000 + i}</link></item>\n"));
        var full = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>{items}</channel></rss>";
        var cut = full[..full.IndexOf("Item 31", StringComparison.Ordinal)];

        var result = Read(cut);

        Assert.Equal("rss", result.Format);
        Assert.True(result.Truncated);
        Assert.NotNull(result.Error);
        Assert.Equal(30, result.Links.Count);
        Assert.Equal(new Uri("https://example.kz/news/1030"), result.Links[^1].Url);
    }

    [Fact]
    public void Read_CutInsideMultiByteCharacter_DoesNotThrow()
    {
        var bytes = Encoding.UTF8.GetBytes(Rss.Replace("windows-1251", "utf-8", StringComparison.Ordinal));
        var cut = bytes.AsSpan(0, Array.IndexOf(bytes, (byte)0xD0, 400) + 1);

        var result = FeedReader.Read(FeedUrl, cut);

        Assert.NotNull(result.Error);
    }

    [Fact]
    public void Read_MoreItemsThanCap_StopsAtCapAndFlagsTruncated()
    {
        var items = string.Concat(Enumerable.Range(1, 20).Select(i => $"<item><link>https://example.kz/news/{1000 + i}</link></item>"));

        var result = Read($"<rss><channel>{items}</channel></rss>", maxItems: 5);

        Assert.Equal(5, result.Links.Count);
        Assert.True(result.Truncated);
        Assert.Null(result.Error);
        Assert.Equal(new Uri("https://example.kz/news/1005"), result.Links[^1].Url);
    }

    [Fact]
    public void Read_ExactlyCapItems_IsNotTruncated()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => $"<item><link>https://example.kz/news/{1000 + i}</link></item>"));

        var result = Read($"<rss><channel>{items}</channel></rss>", maxItems: 5);

        Assert.Equal(5, result.Links.Count);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Read_RelativeLinks_ResolveAgainstSource()
    {
        const string rss = "<rss><channel><item><link>../news/777-sobytie-dnya</link></item><item><link>//cdn.vlast.kz/news/778</link></item></channel></rss>";

        var result = Read(rss);

        Assert.Equal(new Uri("https://vlast.kz/news/777-sobytie-dnya"), result.Links[0].Url);
        Assert.Equal(new Uri("https://cdn.vlast.kz/news/778"), result.Links[1].Url);
    }

    [Fact]
    public void Read_HtmlRootElement_ReportsRoot()
    {
        var result = Read("<?xml version=\"1.0\"?><!DOCTYPE html><html><head><title>Главная</title></head><body/></html>");

        Assert.Equal("unknown", result.Format);
        Assert.Empty(result.Links);
        Assert.Equal("not a feed or sitemap: root element <html>", result.Error);
    }

    [Fact]
    public void Read_HtmlPage_ReportsHtml()
    {
        var result = Read("<!doctype html>\n<html lang=\"ru\"><head><meta charset=utf-8><title>Главная</title></head><body><p>Новости<br></body></html>");

        Assert.Equal("unknown", result.Format);
        Assert.Empty(result.Links);
        Assert.Equal("not a feed or sitemap: an HTML page", result.Error);
    }

    [Fact]
    public void Read_BinaryJunk_ReportsMalformed()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);

        var result = FeedReader.Read(FeedUrl, junk);

        Assert.Equal("unknown", result.Format);
        Assert.Empty(result.Links);
        Assert.StartsWith("malformed XML at line", result.Error, StringComparison.Ordinal);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Read_BillionLaughs_ReportsErrorWithoutExpanding()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss><channel>
              <item><link>https://example.kz/news/1001</link></item>
              <item><title>&lol9;</title><link>https://example.kz/news/1002</link></item>
            </channel></rss>
            """;

        var result = Read(bomb);

        Assert.Equal("rss", result.Format);
        Assert.StartsWith("malformed XML at line", result.Error, StringComparison.Ordinal);
        Assert.Equal([new Uri("https://example.kz/news/1001")], result.Links.Select(l => l.Url));
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Read_ExternalEntity_IsNotResolved()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>&xxe;</title><link>https://example.kz/news/1001</link></item></channel></rss>
            """;

        var result = Read(xxe);

        Assert.NotNull(result.Error);
        Assert.Empty(result.Links);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Read_Empty_ReportsEmpty(byte[] content)
    {
        var result = FeedReader.Read(FeedUrl, content);

        Assert.Equal("unknown", result.Format);
        Assert.Equal("empty document", result.Error);
        Assert.Empty(result.Links);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Read_UnknownXmlRoot_ReportsRootName()
    {
        var result = Read("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>");

        Assert.Equal("not a feed or sitemap: root element <opml>", result.Error);
    }

    [Fact]
    public void Read_EmptyChannel_HasNoErrorAndNoLinks()
    {
        var result = Read("<rss version=\"2.0\"><channel><title>Пусто</title></channel></rss>");

        Assert.Equal("rss", result.Format);
        Assert.Null(result.Error);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void Read_GuidNotPermalink_IsNotUsedAsLink()
    {
        var result = Read("<rss><channel><item><guid isPermaLink=\"false\">https://example.kz/news/1001</guid></item></channel></rss>");

        Assert.Empty(result.Links);
    }
}
