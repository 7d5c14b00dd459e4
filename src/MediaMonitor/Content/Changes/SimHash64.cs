using System.Numerics;

namespace MediaMonitor.Content.Changes;

/// <summary>
/// Charikar's SimHash over word 3-shingles: a 64-bit fingerprint that can be stored per snapshot and
/// compared later without the text; near-duplicates differ in few bits.
/// </summary>
internal static class SimHash64
{
    public const int ShingleSize = 3;

    /// <summary>Fingerprint of a normalized text; 0 for an empty one.</summary>
    public static ulong Compute(string text)
    {
        Span<int> weights = stackalloc int[64];
        var any = false;
        foreach (var shingle in ShingleSimilarity.Shingles(text, ShingleSize))
        {
            any = true;
            var hash = StableHash.Hash64(shingle);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        if (!any)
        {
            return 0;
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    public static int HammingDistance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
