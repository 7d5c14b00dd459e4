using System.Text;

namespace MediaMonitor.Content.Changes;

/// <summary>
/// FNV-1a 64 with a murmur3 finaliser: stable across processes and runtimes (string.GetHashCode is
/// randomised), and the finaliser spreads every input bit over all 64 output bits, which SimHash needs.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash64(string text)
    {
        var hash = OffsetBasis;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < length; i++)
            {
                hash ^= buffer[i];
                hash *= Prime;
            }
        }

        return Mix(hash);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
