using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Signals.Legal;

/// <summary>Pins how a Russian name read after a word in some case is put back in the nominative.</summary>
public sealed class NameFormsTests
{
    [Theory]
    // A first name in -у that is no woman's name: a man's dative, whatever genitive stands before it.
    [InlineData("Бахыту Нуржанову", "района", "Бахыт Нуржанов")]
    // A woman's name in -а, in the accusative after a masculine genitive-accusative actor word.
    [InlineData("Динару Абенову", "журналиста", "Динара Абенова")]
    // A woman's name that does not decline.
    [InlineData("Нургуль Токтосунову", "журналиста", "Нургуль Токтосунова")]
    // A participle standing for a noun carries the case: genitive, dative.
    [InlineData("Улана Асанбекова", "ведущего YouTube-проекта", "Улан Асанбеков")]
    [InlineData("Улану Асанбекову", "ведущему YouTube-проекта", "Улан Асанбеков")]
    // Men's names in -ей and Илья.
    [InlineData("Андрея Гусева", "журналиста", "Андрей Гусев")]
    [InlineData("Андрею Гусеву", "журналисту", "Андрей Гусев")]
    [InlineData("Ильи Горбунова", "журналиста", "Илья Горбунов")]
    public void Nominative_NameAfterACaseWord_IsTheNominative(string name, string caseWord, string expected) =>
        Assert.Equal(expected, NameForms.Nominative(name, caseWord));
}
