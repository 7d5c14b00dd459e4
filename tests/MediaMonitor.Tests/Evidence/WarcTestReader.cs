using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MediaMonitor.Tests.Evidence;

/// <summary>
/// The tests' own WARC reader, written from the standard and not from the writer's code: it reads the
/// record at a member's offset, or every record of a file in turn.
/// </summary>
internal static class WarcTestReader
{
    /// <summary>Gunzips exactly the bytes [offset, offset + length) and expects one whole record in them, and nothing else.</summary>
    public static WarcTestRecord ReadAt(string file, long offset, long length)
    {
        var member = new byte[length];
        using (var stream = File.OpenRead(file))
        {
            stream.Position = offset;
            stream.ReadExactly(member);
        }

        using var gzip = new GZipStream(new MemoryStream(member), CompressionMode.Decompress);
        var record = Read(gzip) ?? throw new InvalidDataException("no record at " + offset);
        return gzip.ReadByte() == -1 ? record : throw new InvalidDataException("more than one record in the member at " + offset);
    }

    /// <summary>
    /// Every whole record of the file, in order, then the error that stopped reading (null at a clean end).
    /// GZipStream reads concatenated members as one stream, which is how a sequential reader sees the file.
    /// </summary>
    public static (List<WarcTestRecord> Records, Exception? Error) ReadAll(string file)
    {
        var records = new List<WarcTestRecord>();
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        try
        {
            while (Read(gzip) is { } record)
            {
                records.Add(record);
            }

            return (records, null);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return (records, e);
        }
    }

    private static WarcTestRecord? Read(Stream stream)
    {
        var version = ReadLine(stream);
        if (version is null)
        {
            return null;
        }

        if (version != "WARC/1.1")
        {
            throw new InvalidDataException("bad version line: " + version);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (ReadLine(stream) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(line[..colon], line[(colon + 1)..].Trim());
        }

        var block = new byte[long.Parse(headers["Content-Length"], CultureInfo.InvariantCulture)];
        stream.ReadExactly(block);
        var end = new byte[4];
        stream.ReadExactly(end);
        return end.AsSpan().SequenceEqual("\r\n\r\n"u8) ? new WarcTestRecord(version, headers, block) : throw new InvalidDataException("record not closed by two CRLFs");
    }

    /// <summary>A CRLF-terminated UTF-8 line without its CRLF; null at the end of the stream before any byte.</summary>
    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b == -1)
            {
                return bytes.Count == 0 ? null : throw new EndOfStreamException("line cut short");
            }

            if (b == '\n' && bytes.Count > 0 && bytes[^1] == '\r')
            {
                return Encoding.UTF8.GetString([.. bytes[..^1]]);
            }

            bytes.Add((byte)b);
        }
    }
}
