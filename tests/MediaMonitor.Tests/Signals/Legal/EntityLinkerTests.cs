using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;

namespace MediaMonitor.Tests.Signals.Legal;

public sealed class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new(SiteCatalog.Load(Path.Combine(RepositoryRoot.Path, "config")).Outlets);

    [Theory]
    [InlineData("Суд рассмотрит иск к «Уральской неделе».", "uralskweek", null)]
    [InlineData("Редактор Лукпан Ахмедьяров получил повестку.", "uralskweek", "lukpan akhmedyarov")]
    [InlineData("Повестку вручили Ахмедьярову.", "uralskweek", "lukpan akhmedyarov")]
    [InlineData("Тамара Еслямованың ісі қаралды.", "uralskweek", "tamara yeslyamova")]
    [InlineData("Статью Vlast.kz удалили.", "vlast", null)]
    [InlineData("Vlast.kz-ке қарсы талап арыз түсті.", "vlast", null)]
    [InlineData("The Holanews editor was summoned.", "holanews", null)]
    [InlineData("Материал «Казахстанской правды» вызвал споры.", "kazpravda", null)]
    [InlineData("Сайт Abai.kz недоступен.", "abai.kz", null)]
    [InlineData("Иск к русской службе Азаттыка подал бывший министр.", "azattyq", null)]
    [InlineData("Редакция «Рателя» получила повестку.", "ratel", null)]
    [InlineData("«Айқын» газетінің редакциясы хат алды.", "aikyn", null)]
    [InlineData("Телеарна «Хабар» жаңа бағдарлама бастады.", "khabar", null)]
    [InlineData("Inform.kz опубликовал заявление.", "kazinform", null)]
    public void Find_NamedOutletOrPerson_IsLinked(string sentence, string outlet, string? person)
    {
        var mention = Assert.Single(Linker.Find(sentence));

        Assert.Equal((outlet, person), (mention.Outlet, mention.Person));
    }

    [Theory]
    [InlineData("В настоящее время суд не назначил дату.")]
    [InlineData("Ол бұл хабарды кеше алды, хабар тез тарады.")]
    [InlineData("Поиск на сайте ничего не дал, пишите на info@site.kz.")]
    [InlineData("Власти заблокировали доступ к сайту.")]
    // "Айқын" is a name of five letters: "Айке" (a first name) is not one of its forms.
    [InlineData("Задержаны бывшие операторы издания Айке Белекова и Азамат Иманбеков.")]
    // A listed name that ends another quoted title ("«Семей Хабар»" is not Khabar), a domain's name that ends another name.
    [InlineData("Сайт «Семей Хабар» недоступен с понедельника.")]
    [InlineData("The site Atyrau Inform was blocked on Monday.")]
    public void Find_CommonWordsThatLookLikeNames_AreNotLinked(string sentence) => Assert.Empty(Linker.Find(sentence));
}
