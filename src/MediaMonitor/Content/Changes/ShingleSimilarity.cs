namespace MediaMonitor.Content.Changes;

/// <summary>Resemblance of two normalized texts as the Jaccard index of their word shingles.</summary>
internal static class ShingleSimilarity
{
    public const int ShingleSize = 4;

    /// <summary>Jaccard index of the word 4-shingle sets of two normalized texts; 1 when both are empty.</summary>
    public static double Jaccard(string a, string b)
    {
        var left = Shingles(a, ShingleSize).ToHashSet(StringComparer.Ordinal);
        var right = Shingles(b, ShingleSize).ToHashSet(StringComparer.Ordinal);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1.0;
        }

        var common = left.Count(right.Contains);
        return (double)common / (left.Count + right.Count - common);
    }

    /// <summary>Overlapping runs of <paramref name="size"/> words; a text shorter than that is one shingle, so short texts still compare.</summary>
    public static IEnumerable<string> Shingles(string text, int size)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }

        if (words.Length <= size)
        {
            yield return string.Join(' ', words);
            yield break;
        }

        for (var i = 0; i + size <= words.Length; i++)
        {
            yield return string.Join(' ', words, i, size);
        }
    }
}
