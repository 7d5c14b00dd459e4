using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaMonitor.Evidence;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Evidence;

public sealed partial class WarcWriterTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 34, 56, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mediamonitor-warc-");
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] RussianBody => Encoding.UTF8.GetBytes("<html><title>Новости Казахстана</title><body>Доступ к ресурсу ограничен</body></html>");

    private static byte[] BinaryBody => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)), 0x1f, 0x8b, 0x0d, 0x0a, 0x0d, 0x0a];

    private static WarcExchange Exchange(string url, string statusLine, byte[] body, string contentType = "text/html; charset=utf-8", string verdict = "ok") =>
        new(new Uri(url),
            new WarcHttpRequest("GET", [new("User-Agent", "MediaMonitor/0.1"), new("Accept", "*/*")]),
            new WarcHttpResponse(statusLine, [new("Content-Type", contentType), new("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))], body),
            IPAddress.Parse("203.0.113.7"),
            Start.AddMilliseconds(250))
        {
            Metadata = [new("measurement-id", "0193a1b2-0000-7000-8000-000000000001"), new("vantage", "almaty"), new("verdict", verdict)],
        };

    private static WarcExchange[] ThreeExchanges() =>
    [
        Exchange("https://kaztag.kz/ru/news/?page=1", "HTTP/1.1 200 OK", RussianBody, verdict: "blocked\nmethod: blockpage"),
        Exchange("http://example.kz/empty", "HTTP/1.1 204 No Content", []),
        Exchange("https://example.kz/logo.png", "HTTP/1.1 200 OK", BinaryBody, "application/octet-stream"),
    ];

    private WarcWriter Writer(long maxFileBytes = WarcWriterOptions.DefaultMaxFileBytes) =>
        new(new WarcWriterOptions { Folder = _folder.FullName, MaxFileBytes = maxFileBytes }, _time);

    private async Task<WarcLocation[]> WriteAsync(WarcExchange[] exchanges, long maxFileBytes = WarcWriterOptions.DefaultMaxFileBytes)
    {
        await using var writer = Writer(maxFileBytes);
        var locations = new List<WarcLocation>();
        foreach (var exchange in exchanges)
        {
            locations.Add(await writer.WriteExchangeAsync(exchange, TestContext.Current.CancellationToken));
        }

        return [.. locations];
    }

    [Fact]
    public async Task WriteExchangeAsync_ThreeBodies_EachLocationReadsBackItsResponseWithMatchingDigests()
    {
        var exchanges = ThreeExchanges();
        var locations = await WriteAsync(exchanges);

        for (var i = 0; i < exchanges.Length; i++)
        {
            var body = exchanges[i].Response.Body.ToArray();
            var record = WarcTestReader.ReadAt(locations[i].File, locations[i].Offset, locations[i].Length);
            Assert.Equal("WARC/1.1", record.Version);
            Assert.Equal("response", record.Type);
            Assert.Equal("application/http;msgtype=response", record.Headers["Content-Type"]);
            Assert.Equal(exchanges[i].TargetUri.AbsoluteUri, record.Headers["WARC-Target-URI"]);
            Assert.Equal("203.0.113.7", record.Headers["WARC-IP-Address"]);
            Assert.Equal("2026-11-26T12:34:56.25Z", record.Headers["WARC-Date"]);
            Assert.Matches(RecordId(), record.Headers["WARC-Record-ID"]);
            Assert.Equal(record.Block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), record.Headers["Content-Length"]);
            Assert.Equal("sha256:" + Sha256(record.Block), record.Headers["WARC-Block-Digest"]);
            Assert.Equal(body, record.HttpPayload());
            Assert.Equal("sha256:" + Sha256(body), record.Headers["WARC-Payload-Digest"]);
            Assert.Equal(Sha256(body), locations[i].PayloadSha256);
            Assert.StartsWith(exchanges[i].Response.StatusLine + "\r\n", record.HttpHead(), StringComparison.Ordinal);
        }

        Assert.Equal("Новости Казахстана", Regex.Match(Encoding.UTF8.GetString(WarcTestReader.ReadAt(locations[0].File, locations[0].Offset, locations[0].Length).HttpPayload()), "<title>(.*)</title>").Groups[1].Value);
    }

    [Fact]
    public async Task WriteExchangeAsync_OneFile_StartsWithWarcinfoAndLinksRequestAndMetadataToTheResponse()
    {
        var locations = await WriteAsync(ThreeExchanges());

        var file = Assert.Single(Directory.GetFiles(_folder.FullName));
        Assert.Equal("mediamonitor-20261126123456-00000.warc.gz", Path.GetFileName(file));
        Assert.All(locations, l => Assert.Equal(file, l.File));
        var (records, error) = WarcTestReader.ReadAll(file);
        Assert.Null(error);
        Assert.Equal(["warcinfo", "request", "response", "metadata", "request", "response", "metadata", "request", "response", "metadata"], records.Select(r => r.Type));
        Assert.Equal(Path.GetFileName(file), records[0].Headers["WARC-Filename"]);
        Assert.Contains("format: WARC File Format 1.1\r\n", Encoding.UTF8.GetString(records[0].Block), StringComparison.Ordinal);
        Assert.Equal("2026-11-26T12:34:56Z", records[0].Headers["WARC-Date"]);
        Assert.Equal(records.Count, records.Select(r => r.Headers["WARC-Record-ID"]).Distinct().Count());

        var (request, response, metadata) = (records[1], records[2], records[3]);
        var responseId = response.Headers["WARC-Record-ID"];
        Assert.Equal(responseId, request.Headers["WARC-Concurrent-To"]);
        Assert.Equal(responseId, metadata.Headers["WARC-Refers-To"]);
        Assert.Equal(responseId, metadata.Headers["WARC-Concurrent-To"]);
        Assert.Equal("application/http;msgtype=request", request.Headers["Content-Type"]);
        Assert.Equal("application/warc-fields", metadata.Headers["Content-Type"]);
        Assert.StartsWith("GET /ru/news/?page=1 HTTP/1.1\r\nHost: kaztag.kz\r\nUser-Agent: MediaMonitor/0.1\r\n", Encoding.UTF8.GetString(request.Block), StringComparison.Ordinal);
        Assert.Equal("sha256:" + Sha256(request.Block), request.Headers["WARC-Block-Digest"]);
        // The line break in the verdict must not become a field of its own.
        Assert.Equal(
            "measurement-id: 0193a1b2-0000-7000-8000-000000000001\r\nvantage: almaty\r\nverdict: blocked method: blockpage\r\n",
            Encoding.UTF8.GetString(metadata.Block));
    }

    [Fact]
    public async Task WriteExchangeAsync_ReadByWarcio_EveryRecordAndDigestChecksOut()
    {
        var locations = await WriteAsync(ThreeExchanges());

        var lines = WarcioCheck.Run(locations[0].File);

        Assert.Equal(10, lines.Count);
        Assert.All(lines, line => Assert.True(line.GetProperty("ok").GetBoolean(), line.ToString()));
        Assert.All(lines, line => Assert.True(line.GetProperty("block_digest_ok").GetBoolean(), line.ToString()));
        var responses = lines.Where(l => l.GetProperty("type").GetString() == "response").ToList();
        Assert.Equal(["https://kaztag.kz/ru/news/?page=1", "http://example.kz/empty", "https://example.kz/logo.png"], responses.Select(r => r.GetProperty("uri").GetString()));
        Assert.All(responses, r => Assert.True(r.GetProperty("payload_digest_ok").GetBoolean()));
        Assert.Equal([200, 204, 200], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal(locations.Select(l => l.Offset), responses.Select(r => r.GetProperty("offset").GetInt64()));
    }

    [Fact]
    public async Task WriteExchangeAsync_SmallMaxFileBytes_RotatesToSeveralFilesEachStartingWithWarcinfo()
    {
        var locations = await WriteAsync([.. ThreeExchanges(), .. ThreeExchanges()], maxFileBytes: 1500);

        var files = Directory.GetFiles(_folder.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 3, $"{files.Count} files");
        Assert.Equal(files, locations.Select(l => l.File).Distinct().Order(StringComparer.Ordinal));
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal($"mediamonitor-20261126123456-{i:00000}.warc.gz", Path.GetFileName(files[i]));
            var (records, error) = WarcTestReader.ReadAll(files[i]);
            Assert.Null(error);
            Assert.Equal("warcinfo", records[0].Type);
            Assert.Equal(Path.GetFileName(files[i]), records[0].Headers["WARC-Filename"]);
            Assert.True(records.Count >= 4 && (records.Count - 1) % 3 == 0, $"{records.Count} records in {files[i]}");
            // Past the limit only when one exchange alone is bigger than it.
            Assert.True(new FileInfo(files[i]).Length <= 1500 || records.Count == 4, $"{files[i]} is {new FileInfo(files[i]).Length} bytes");
        }

        Assert.All(locations, l => Assert.Equal("response", WarcTestReader.ReadAt(l.File, l.Offset, l.Length).Type));
    }

    [Fact]
    public async Task WriteExchangeAsync_LastMemberCutShort_EarlierRecordsStillRead()
    {
        var locations = await WriteAsync(ThreeExchanges());
        var file = locations[0].File;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            // As if killed halfway through writing the last exchange's response.
            stream.SetLength(locations[2].Offset + (locations[2].Length / 2));
        }

        Assert.Equal("response", WarcTestReader.ReadAt(file, locations[0].Offset, locations[0].Length).Type);
        Assert.Equal(RussianBody, WarcTestReader.ReadAt(file, locations[0].Offset, locations[0].Length).HttpPayload());
        Assert.Equal(Sha256([]), Sha256(WarcTestReader.ReadAt(file, locations[1].Offset, locations[1].Length).HttpPayload()));
        var (records, error) = WarcTestReader.ReadAll(file);
        Assert.NotNull(error);
        Assert.Equal(["warcinfo", "request", "response", "metadata", "request", "response", "metadata", "request"], records.Select(r => r.Type));
    }

    [Fact]
    public async Task WriteExchangeAsync_LastMemberCutShort_WarcioReadsEarlierRecordsAndFlagsTheCut()
    {
        var locations = await WriteAsync(ThreeExchanges());
        using (var stream = new FileStream(locations[0].File, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(locations[2].Offset + (locations[2].Length / 2));
        }

        var (exitCode, lines, output) = WarcioCheck.TryRun(locations[0].File);

        Assert.True(exitCode == 1, output);
        var records = lines.Where(l => l.TryGetProperty("type", out _)).ToList();
        Assert.Equal(["warcinfo", "request", "response", "metadata", "request", "response", "metadata", "request"], records.Select(r => r.GetProperty("type").GetString()));
        Assert.All(records, r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        Assert.Contains(lines, l => l.TryGetProperty("error", out var e) && e.GetString()!.Contains("cut short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteExchangeAsync_ManyConcurrentCallers_EveryRecordWholeAndFound()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var writer = Writer();
        var exchanges = Enumerable.Range(0, 40).Select(i => Exchange($"https://example.kz/{i}", "HTTP/1.1 200 OK", Encoding.UTF8.GetBytes($"страница {i}"))).ToList();

        var locations = await Task.WhenAll(exchanges.Select(e => Task.Run(() => writer.WriteExchangeAsync(e, ct), ct)));

        for (var i = 0; i < exchanges.Count; i++)
        {
            var record = WarcTestReader.ReadAt(locations[i].File, locations[i].Offset, locations[i].Length);
            Assert.Equal($"https://example.kz/{i}", record.Headers["WARC-Target-URI"]);
            Assert.Equal($"страница {i}", Encoding.UTF8.GetString(record.HttpPayload()));
        }

        var (records, error) = WarcTestReader.ReadAll(locations[0].File);
        Assert.Null(error);
        Assert.Equal(1 + (3 * exchanges.Count), records.Count);
    }

    [Fact]
    public async Task WriteExchangeAsync_BodyDecodedByClient_RenamesEncodingHeadersSoReadersDoNotDecodeAgain()
    {
        var body = RussianBody;
        var exchange = Exchange("https://example.kz/", "HTTP/1.1 200 OK", body) with
        {
            Response = new WarcHttpResponse("HTTP/1.1 200 OK", [new("Content-Encoding", "gzip"), new("Transfer-Encoding", "chunked"), new("Content-Type", "text/html")], body) { BodyDecoded = true },
        };

        var location = (await WriteAsync([exchange]))[0];

        var head = WarcTestReader.ReadAt(location.File, location.Offset, location.Length).HttpHead();
        Assert.Equal("HTTP/1.1 200 OK\r\nX-Archive-Orig-Content-Encoding: gzip\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\nContent-Type: text/html", head);
    }

    [Fact]
    public async Task WriteExchangeAsync_AfterDispose_Throws()
    {
        var writer = Writer();
        await writer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.WriteExchangeAsync(ThreeExchanges()[0], TestContext.Current.CancellationToken));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex("^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>$")]
    private static partial Regex RecordId();
}
