using MediaMonitor.Content.Changes;

namespace MediaMonitor.Tests.Content.Changes;

public sealed class ShingleSimilarityTests
{
    [Fact]
    public void Jaccard_SameText_IsOne()
    {
        Assert.Equal(1.0, ShingleSimilarity.Jaccard("a b c d e f", "a b c d e f"));
    }

    [Fact]
    public void Jaccard_DisjointTexts_IsZero()
    {
        Assert.Equal(0.0, ShingleSimilarity.Jaccard("a b c d e f", "g h i j k l"));
    }

    [Fact]
    public void Jaccard_LastWordChanged_CountsShingles()
    {
        // Shingles "a b c d", "b c d e", "c d e f" against "a b c d", "b c d e", "c d e x": 2 shared of 4.
        Assert.Equal(0.5, ShingleSimilarity.Jaccard("a b c d e f", "a b c d e x"), 6);
    }
}
