using System.Buffers.Binary;
using System.Net;
using MediaMonitor.Probing.Dns;

namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>
/// Writes replies for the test servers, independently of the code under test (which only builds
/// queries). Owners equal to the question name are written as a pointer to it, so the client
/// tests exercise compression too.
/// </summary>
internal static class DnsWire
{
    public const int QuestionNameOffset = 12;

    public static ushort ReplyFlags(int rcode, bool truncated = false) =>
        (ushort)(0x8180 | (truncated ? 0x0200 : 0) | rcode);

    public static byte[] Reply(ushort id, ushort flags, DnsQuestion question, IEnumerable<ZoneRecord> answers)
    {
        var records = answers.ToList();
        var bytes = new List<byte>();
        AddUInt16(bytes, id);
        AddUInt16(bytes, flags);
        AddUInt16(bytes, 1);
        AddUInt16(bytes, (ushort)records.Count);
        AddUInt16(bytes, 0);
        AddUInt16(bytes, 0);
        bytes.AddRange(Name(question.Name));
        AddUInt16(bytes, question.Type);
        AddUInt16(bytes, question.Class);
        foreach (var record in records)
        {
            if (string.Equals(record.Name, question.Name, StringComparison.OrdinalIgnoreCase))
            {
                bytes.Add(0xC0);
                bytes.Add(QuestionNameOffset);
            }
            else
            {
                bytes.AddRange(Name(record.Name));
            }

            AddUInt16(bytes, record.Type);
            AddUInt16(bytes, DnsRecordTypes.ClassInternet);
            var ttl = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(ttl, record.Ttl);
            bytes.AddRange(ttl);
            var data = record.Type == DnsRecordTypes.Cname ? Name(record.Value) : IPAddress.Parse(record.Value).GetAddressBytes();
            AddUInt16(bytes, (ushort)data.Length);
            bytes.AddRange(data);
        }

        return [.. bytes];
    }

    public static byte[] Name(string name)
    {
        var bytes = new List<byte>();
        foreach (var label in name.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(label.Select(c => (byte)c));
        }

        bytes.Add(0);
        return [.. bytes];
    }

    private static void AddUInt16(List<byte> bytes, ushort value)
    {
        bytes.Add((byte)(value >> 8));
        bytes.Add((byte)value);
    }
}
