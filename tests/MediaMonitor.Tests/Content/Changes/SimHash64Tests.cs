using MediaMonitor.Content.Changes;

namespace MediaMonitor.Tests.Content.Changes;

public sealed class SimHash64Tests
{
    private static string Normalized(IEnumerable<string> sentences) => TextNormalizer.Default.Normalize(string.Join('\n', sentences));

    [Fact]
    public void Compute_SameText_IsStable()
    {
        var text = Normalized(ArticleFixtures.RussianSentences);

        Assert.Equal(SimHash64.Compute(text), SimHash64.Compute(new string(text.AsSpan())));
        Assert.NotEqual(0UL, SimHash64.Compute(text));
    }

    [Fact]
    public void HammingDistance_NearDuplicates_IsSmall()
    {
        var edited = ArticleFixtures.RussianSentences.ToArray();
        edited[7] = "После перерыва стороны выступили с прениями, которые продолжались почти три часа.";

        var distance = SimHash64.HammingDistance(
            SimHash64.Compute(Normalized(ArticleFixtures.RussianSentences)),
            SimHash64.Compute(Normalized(edited)));

        Assert.InRange(distance, 0, 8);
    }

    [Fact]
    public void HammingDistance_UnrelatedTexts_IsLarge()
    {
        var distance = SimHash64.HammingDistance(
            SimHash64.Compute(Normalized(ArticleFixtures.RussianSentences[..10])),
            SimHash64.Compute(Normalized(ArticleFixtures.RussianRewrite)));

        Assert.InRange(distance, 20, 64);
    }

    [Fact]
    public void HammingDistance_CountsDifferingBits()
    {
        Assert.Equal(3, SimHash64.HammingDistance(0b1011UL, 0b0001UL | (1UL << 63)));
    }
}
