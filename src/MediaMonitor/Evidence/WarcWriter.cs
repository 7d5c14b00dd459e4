using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace MediaMonitor.Evidence;

/// <summary>
/// Keeps HTTP exchanges as WARC/1.1 evidence: request, response and metadata records in
/// <c>mediamonitor-{yyyyMMddHHmmss}-{seq:00000}.warc.gz</c> files, each file opening with a warcinfo
/// record and each record its own gzip member, so a reader can seek straight to a record's offset.
/// </summary>
/// <remarks>
/// Safe to call from many threads: appends are serialised. Each exchange is written in one append and
/// flushed to disk before its location is returned, so a kill loses at most the exchange being written;
/// an append that fails is cut off again so later exchanges do not follow a broken member.
/// </remarks>
public sealed class WarcWriter : IAsyncDisposable
{
    private readonly WarcWriterOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileStream? _file;
    private string? _path;
    private bool _fileHasExchange;
    private int _sequence;
    private bool _disposed;

    public WarcWriter(WarcWriterOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Folder, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes, nameof(options));
        _options = options;
        _time = timeProvider;
    }

    /// <summary>Writes the exchange's request, response and metadata records; returns where the response record is.</summary>
    public async Task<WarcLocation> WriteExchangeAsync(WarcExchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var members = Encode(exchange, out var payloadSha256);
        var total = members.Sum(m => (long)m.Length);

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_file is not null && _fileHasExchange && _file.Length + total > _options.MaxFileBytes)
            {
                await CloseFileAsync().ConfigureAwait(false);
            }

            var file = _file ?? await OpenFileAsync(cancellationToken).ConfigureAwait(false);
            var offset = file.Length;
            await AppendAsync(file, Concat(members, total), cancellationToken).ConfigureAwait(false);
            _fileHasExchange = true;
            return new WarcLocation(_path!, offset + members[0].Length, members[1].Length, payloadSha256);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                await CloseFileAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }

        _gate.Dispose();
    }

    private static byte[][] Encode(WarcExchange exchange, out string payloadSha256)
    {
        var requestId = NewRecordId();
        var responseId = NewRecordId();
        var metadataId = NewRecordId();
        var date = FormatDate(exchange.Time);
        var uri = exchange.TargetUri.AbsoluteUri;
        var ip = exchange.RemoteIp switch
        {
            null => null,
            { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
            var address => address.ToString(),
        };

        var (requestBlock, requestPayloadAt) = HttpBlocks.Request(exchange.TargetUri, exchange.Request);
        List<KeyValuePair<string, string>> request =
        [
            new("WARC-Type", "request"),
            new("WARC-Record-ID", requestId),
            new("WARC-Date", date),
            new("WARC-Target-URI", uri),
            .. IpField(ip),
            new("WARC-Concurrent-To", responseId),
            new("Content-Type", "application/http;msgtype=request"),
            new("WARC-Payload-Digest", WarcRecordEncoder.LabelledSha256(requestBlock.AsSpan(requestPayloadAt))),
        ];

        var (responseBlock, responsePayloadAt) = HttpBlocks.Response(exchange.Response);
        payloadSha256 = WarcRecordEncoder.Sha256Hex(responseBlock.AsSpan(responsePayloadAt));
        List<KeyValuePair<string, string>> response =
        [
            new("WARC-Type", "response"),
            new("WARC-Record-ID", responseId),
            new("WARC-Date", date),
            new("WARC-Target-URI", uri),
            .. IpField(ip),
            new("Content-Type", "application/http;msgtype=response"),
            new("WARC-Payload-Digest", "sha256:" + payloadSha256),
        ];

        var metadataBlock = Fields(exchange.Metadata);
        List<KeyValuePair<string, string>> metadata =
        [
            new("WARC-Type", "metadata"),
            new("WARC-Record-ID", metadataId),
            new("WARC-Date", date),
            new("WARC-Target-URI", uri),
            new("WARC-Refers-To", responseId),
            new("WARC-Concurrent-To", responseId),
            new("Content-Type", "application/warc-fields"),
        ];

        return
        [
            WarcRecordEncoder.EncodeMember(request, requestBlock),
            WarcRecordEncoder.EncodeMember(response, responseBlock),
            WarcRecordEncoder.EncodeMember(metadata, metadataBlock),
        ];
    }

    private static IEnumerable<KeyValuePair<string, string>> IpField(string? ip) =>
        ip is null ? [] : [new("WARC-IP-Address", ip)];

    private async Task<FileStream> OpenFileAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_options.Folder);
        var now = _time.GetUtcNow();
        while (true)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"mediamonitor-{now:yyyyMMddHHmmss}-{_sequence++:00000}.warc.gz");
            var path = Path.GetFullPath(Path.Combine(_options.Folder, name));
            FileStream file;
            try
            {
                // CreateNew: never append to a file left by an earlier run, whose last member may be cut short.
                file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
            }
            catch (IOException) when (File.Exists(path))
            {
                continue;
            }

            try
            {
                await AppendAsync(file, WarcInfo(name, now), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await file.DisposeAsync().ConfigureAwait(false);
                File.Delete(path);
                throw;
            }

            (_file, _path, _fileHasExchange) = (file, path, false);
            return file;
        }
    }

    private byte[] WarcInfo(string fileName, DateTimeOffset now)
    {
        var block = Fields(
        [
            new("software", _options.Software),
            new("format", "WARC File Format 1.1"),
            new("conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"),
        ]);
        return WarcRecordEncoder.EncodeMember(
        [
            new("WARC-Type", "warcinfo"),
            new("WARC-Record-ID", NewRecordId()),
            new("WARC-Date", FormatDate(now)),
            new("WARC-Filename", fileName),
            new("Content-Type", "application/warc-fields"),
        ], block);
    }

    /// <summary>One write, then flushed to the disk; on failure the file is cut back to where it was.</summary>
    private static async Task AppendAsync(FileStream file, byte[] bytes, CancellationToken cancellationToken)
    {
        var start = file.Length;
        try
        {
            file.Position = start;
            await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }
        catch
        {
            file.SetLength(start);
            file.Position = start;
            throw;
        }
    }

    private async Task CloseFileAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
        }

        (_file, _path, _fileHasExchange) = (null, null, false);
    }

    private static byte[] Concat(byte[][] members, long total)
    {
        var bytes = new byte[total];
        var at = 0;
        foreach (var member in members)
        {
            member.CopyTo(bytes, at);
            at += member.Length;
        }

        return bytes;
    }

    private static byte[] Fields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            text.Append(WarcRecordEncoder.SingleLine(name)).Append(": ").Append(WarcRecordEncoder.SingleLine(value)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string NewRecordId() => "<urn:uuid:" + Guid.NewGuid().ToString("D") + ">";

    /// <summary>ISO 8601 in UTC with Z; fractions of a second only when there are some (WARC 1.1 allows them).</summary>
    private static string FormatDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);
}
