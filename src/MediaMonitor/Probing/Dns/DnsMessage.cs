using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;

namespace MediaMonitor.Probing.Dns;

/// <summary>
/// Encodes queries and decodes replies (RFC 1035 wire format). Pure: no I/O. A reply comes from
/// whoever is on the path, so every read is bounds-checked and any malformed input throws
/// <see cref="DnsFormatException"/>.
/// </summary>
public static class DnsMessage
{
    public const int HeaderLength = 12;
    public const int MaxNameLength = 255;
    public const int MaxLabelLength = 63;

    private const ushort RecursionDesired = 0x0100;

    // A legal name has at most 127 labels, so it never needs more pointers than that; more means a loop.
    private const int MaxPointers = 127;

    /// <summary>
    /// A recursive query for one name and type, class IN, without EDNS. <paramref name="name"/> must
    /// already be ASCII (IDNA-encoded); a single trailing dot is allowed.
    /// </summary>
    public static byte[] BuildQuery(ushort id, string name, ushort qtype)
    {
        ArgumentNullException.ThrowIfNull(name);
        var labels = SplitName(name);
        var nameLength = 1 + labels.Sum(l => l.Length + 1);
        var query = new byte[HeaderLength + nameLength + 4];
        var span = query.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, id);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], RecursionDesired);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 1);
        var offset = HeaderLength;
        foreach (var label in labels)
        {
            span[offset++] = (byte)label.Length;
            offset += Encoding.ASCII.GetBytes(label, span[offset..]);
        }

        span[offset++] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(span[offset..], qtype);
        BinaryPrimitives.WriteUInt16BigEndian(span[(offset + 2)..], DnsRecordTypes.ClassInternet);
        return query;
    }

    /// <summary>Decodes the header, the questions and the answers.</summary>
    /// <exception cref="DnsFormatException">The message is truncated or malformed.</exception>
    public static DnsResponse Parse(ReadOnlySpan<byte> message)
    {
        if (message.Length < HeaderLength)
        {
            throw new DnsFormatException($"Message of {message.Length} bytes is shorter than the {HeaderLength}-byte header.");
        }

        var id = BinaryPrimitives.ReadUInt16BigEndian(message);
        var flags = BinaryPrimitives.ReadUInt16BigEndian(message[2..]);
        int questionCount = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
        int answerCount = BinaryPrimitives.ReadUInt16BigEndian(message[6..]);

        var offset = HeaderLength;
        // Counts come from the sender: cap the preallocation so a lying header cannot make us allocate much.
        var questions = new List<DnsQuestion>(Math.Min(questionCount, 4));
        for (var i = 0; i < questionCount; i++)
        {
            var name = ReadName(message, ref offset);
            var fixedPart = Slice(message, offset, 4, "question");
            questions.Add(new DnsQuestion(name, BinaryPrimitives.ReadUInt16BigEndian(fixedPart), BinaryPrimitives.ReadUInt16BigEndian(fixedPart[2..])));
            offset += 4;
        }

        var answers = new List<DnsRecord>(Math.Min(answerCount, 32));
        for (var i = 0; i < answerCount; i++)
        {
            answers.Add(ReadRecord(message, ref offset));
        }

        return new DnsResponse(id, flags, questions, answers);
    }

    private static DnsRecord ReadRecord(ReadOnlySpan<byte> message, ref int offset)
    {
        var name = ReadName(message, ref offset);
        var fixedPart = Slice(message, offset, 10, "record header");
        var type = BinaryPrimitives.ReadUInt16BigEndian(fixedPart);
        var @class = BinaryPrimitives.ReadUInt16BigEndian(fixedPart[2..]);
        var ttl = BinaryPrimitives.ReadUInt32BigEndian(fixedPart[4..]);
        int dataLength = BinaryPrimitives.ReadUInt16BigEndian(fixedPart[8..]);
        var dataStart = offset + 10;
        var data = Slice(message, dataStart, dataLength, "record data");
        offset = dataStart + dataLength;

        IPAddress? address = null;
        string? target = null;
        if (@class == DnsRecordTypes.ClassInternet && type is DnsRecordTypes.A or DnsRecordTypes.Aaaa)
        {
            var expected = type == DnsRecordTypes.A ? 4 : 16;
            if (dataLength != expected)
            {
                throw new DnsFormatException($"Address record at offset {dataStart} has {dataLength} bytes of data, not {expected}.");
            }

            address = new IPAddress(data);
        }
        else if (type == DnsRecordTypes.Cname)
        {
            var end = dataStart;
            target = ReadName(message, ref end);
            if (end != dataStart + dataLength)
            {
                throw new DnsFormatException($"CNAME target at offset {dataStart} does not fill its {dataLength} bytes of record data.");
            }
        }

        return new DnsRecord(name, type, @class, ttl, address, target);
    }

    /// <summary>
    /// Reads a possibly compressed name at <paramref name="offset"/> and moves the offset past its
    /// in-place part (up to and including the first pointer, or the terminating zero).
    /// </summary>
    private static string ReadName(ReadOnlySpan<byte> message, ref int offset)
    {
        var start = offset;
        var name = new StringBuilder();
        var position = offset;
        var pointers = 0;
        var wireLength = 1;
        while (true)
        {
            if (position >= message.Length)
            {
                throw new DnsFormatException($"Name at offset {start} runs past the end of the message.");
            }

            var length = message[position];
            switch (length & 0xC0)
            {
                case 0x00 when length == 0:
                    if (pointers == 0)
                    {
                        offset = position + 1;
                    }

                    return name.Length == 0 ? "." : name.ToString(0, name.Length - 1);
                case 0x00:
                    wireLength += length + 1;
                    if (wireLength > MaxNameLength)
                    {
                        throw new DnsFormatException($"Name at offset {start} is longer than {MaxNameLength} bytes.");
                    }

                    AppendLabel(name, Slice(message, position + 1, length, "label"));
                    name.Append('.');
                    position += length + 1;
                    break;
                case 0xC0:
                    var pointerBytes = Slice(message, position, 2, "compression pointer");
                    if (pointers == 0)
                    {
                        offset = position + 2;
                    }

                    if (++pointers > MaxPointers)
                    {
                        throw new DnsFormatException($"Name at offset {start} follows more than {MaxPointers} compression pointers (a loop).");
                    }

                    position = BinaryPrimitives.ReadUInt16BigEndian(pointerBytes) & 0x3FFF;
                    break;
                default:
                    throw new DnsFormatException($"Unsupported label type 0x{length & 0xC0:X2} at offset {position}.");
            }
        }
    }

    private static void AppendLabel(StringBuilder name, ReadOnlySpan<byte> label)
    {
        foreach (var b in label)
        {
            if (b is (byte)'.' or (byte)'\\')
            {
                name.Append('\\').Append((char)b);
            }
            else if (b is > 0x20 and < 0x7F)
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
            }
        }
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> message, int start, int length, string what)
    {
        if (start > message.Length - length)
        {
            throw new DnsFormatException($"The {what} at offset {start} needs {length} bytes but the message ends at {message.Length}.");
        }

        return message.Slice(start, length);
    }

    private static List<string> SplitName(string name)
    {
        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        if (trimmed.Length == 0)
        {
            return [];
        }

        var labels = trimmed.Split('.');
        var wireLength = 1;
        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength)
            {
                throw new ArgumentException($"Name '{name}' has a label of {label.Length} characters; a label has 1 to {MaxLabelLength}.", nameof(name));
            }

            if (!Ascii.IsValid(label))
            {
                throw new ArgumentException($"Name '{name}' is not ASCII; IDNA-encode it first.", nameof(name));
            }

            wireLength += label.Length + 1;
        }

        if (wireLength > MaxNameLength)
        {
            throw new ArgumentException($"Name '{name}' is longer than {MaxNameLength} bytes on the wire.", nameof(name));
        }

        return [.. labels];
    }
}
