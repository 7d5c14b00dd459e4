using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>
/// Pins the decisions taken on the dev58-dev61 sets: long articles in which the event against media is one part of a
/// story about other people's cases, detentions and blocking orders beside close negatives, and a comma where a
/// pattern's word gap expects a space.
/// </summary>
public sealed class LegalDetectorLongStoryTests
{
    [Fact]
    public void Detect_CommaAfterTheCourt_StillReadsTheRuling()
    {
        var found = Detect("Суд, рассмотрев иск, обязал редакцию газеты «Время» опубликовать опровержение.");

        Assert.Contains(found, f => f.Kind == LegalKinds.Verdict && f.Subject == "vremya");
        Assert.DoesNotContain(found, f => f.Kind == LegalKinds.Lawsuit);
    }

    [Fact]
    public void Detect_BloggerWhoRefusedInTheCourtBuilding_IsNoRuling() =>
        Assert.DoesNotContain(Detect("Медиатор провёл две встречи в здании суда, однако блогер Жандос Утегенов отказался признавать сведения недостоверными."),
            f => f.Kind == LegalKinds.Verdict);

    private static IReadOnlyList<LegalFinding> Detect(string text) => ShippedRules.Detector.Detect(null, text);
}
