using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>
/// Puts a person's name read from running text back in the nominative, so that "журналистки Динары
/// Абеновой" and "журналистке Динаре Абеновой" are one subject. Russian: the case and gender are those
/// of the actor word before the name (журналиста = masculine genitive, журналистке = feminine dative).
/// Kazakh: case suffixes are taken off the last word (Тоқтаровтың, Нұрланұлын). A heuristic: names it
/// cannot place are left as written.
/// </summary>
internal static partial class NameForms
{
    private static readonly string[] KazakhSuffixes =
        ["ның", "нің", "тың", "тің", "дың", "дің", "ға", "ге", "қа", "ке", "ны", "ні", "ты", "ті", "ды", "ді", "мен", "пен", "бен", "да", "де", "та", "те", "н"];

    // Endings of a woman's surname in the genitive, dative or instrumental: Жумабаевой, Ильиной, Вишневской.
    private static readonly string[] FeminineOblique = ["овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой"];

    // A woman's surname in the accusative: Токтосунову, Ильину.
    private static readonly string[] FeminineAccusative = ["ову", "еву", "ёву", "ину", "ыну"];

    // Women's given names that end in -а or -я, common in Kazakhstan and Kyrgyzstan (written for this project from
    // general knowledge): their accusative ends in -у or -ю like a man's dative ("Динару" and "Бахыту"), so a first name
    // in -у or -ю is a woman's only when it is one of these.
    private static readonly HashSet<string> WomensNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Аида", "Айдана", "Айжана", "Айзада", "Айнура", "Айша", "Алена", "Алина", "Алиса", "Алия",
        "Алла", "Алма", "Альбина", "Альфия", "Алёна", "Амина", "Анара", "Анастасия", "Ангелина", "Анжела",
        "Анна", "Антонина", "Арина", "Аружана", "Асия", "Асылзада", "Аягоза", "Аяна", "Балжана", "Белла",
        "Бота", "Ботагоза", "Валентина", "Валерия", "Вера", "Вероника", "Виктория", "Галина", "Гулзада", "Гулима",
        "Гульдана", "Гульжана", "Гульзада", "Гульмайра", "Гульмира", "Гульнара", "Гульнура", "Гульфия", "Гульшара", "Дамира",
        "Дана", "Дания", "Дарина", "Дарья", "Диана", "Дильнара", "Дина", "Динара", "Ева", "Евгения",
        "Екатерина", "Елена", "Елизавета", "Жадыра", "Жазира", "Жамиля", "Жанара", "Жания", "Жанна", "Жансая",
        "Зарема", "Зарина", "Зера", "Зоя", "Зульфира", "Зульфия", "Инга", "Индира", "Инна", "Ирина",
        "Камила", "Карина", "Кристина", "Ксения", "Лариса", "Лаура", "Лейла", "Лиана", "Лидия", "Лилия",
        "Людмила", "Ляйла", "Мадина", "Мадия", "Майра", "Майя", "Макпала", "Малика", "Маргарита", "Марина",
        "Мария", "Марта", "Мира", "Надежда", "Назира", "Наиля", "Наргиза", "Наталия", "Наталья", "Нина",
        "Нурия", "Оксана", "Олеся", "Ольга", "Полина", "Раиса", "Регина", "Римма", "Роза", "Сабина",
        "Сабира", "Самира", "Сания", "Сара", "Сауля", "Сафия", "Светлана", "София", "Софья", "Таисия",
        "Тамара", "Тамила", "Татьяна", "Улжана", "Ульяна", "Уляна", "Фарида", "Фатима", "Хадиша", "Эвелина",
        "Эльвира", "Эльза", "Эльмира", "Эльнара", "Юлия", "Яна",
    };

    private static readonly string[] Adjective = ["ого", "его", "ому", "ему", "ой", "ую", "ая", "ий", "ый", "ые", "ых", "ым", "ое"];

    public static string Nominative(string name, string? actorWord)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.All(IsCyrillic))
        {
            return name;
        }

        // "Бакыт Ташиевке", "Ольга Иванованың": a Russian surname with a Kazakh case ending is Kazakh text too.
        if (words.Any(w => w.Any(c => "әғқңөұүһі".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)))
            || KazakhCaseOnRussianSurname().IsMatch(words[^1]))
        {
            words[^1] = StripKazakh(words[^1]);
            return string.Join(' ', words);
        }

        // "Процесс над Алмасом Курмановым": a surname in "-овым" is a man's instrumental, whatever word stands before it.
        if (words.Length > 1 && (words[^1].EndsWith("овым", StringComparison.Ordinal) || words[^1].EndsWith("евым", StringComparison.Ordinal)
            || words[^1].EndsWith("иным", StringComparison.Ordinal) || words[^1].EndsWith("ыным", StringComparison.Ordinal)))
        {
            return string.Join(' ', words.Select(w => Masculine(w, "журналистом")));
        }

        var actor = CaseWord(actorWord?.ToLowerInvariant() ?? "");

        // "журналистов канала Азамата Исакова и Нургуль Токтосунову": a plural actor word has the case of its singular.
        actor = actor.Length > 4 && (actor.EndsWith("ов", StringComparison.Ordinal) || actor.EndsWith("ев", StringComparison.Ordinal)) ? "журналиста"
            : actor.Length > 4 && (actor.EndsWith("ами", StringComparison.Ordinal) || actor.EndsWith("ями", StringComparison.Ordinal)) ? "журналистом"
            : actor.Length > 4 && (actor.EndsWith("ам", StringComparison.Ordinal) || actor.EndsWith("ям", StringComparison.Ordinal)) ? "журналисту"
            : actor;
        var feminine = actor.EndsWith("тка", StringComparison.Ordinal) || actor.EndsWith("ки", StringComparison.Ordinal) || actor.EndsWith("ке", StringComparison.Ordinal)
            || actor.EndsWith("кой", StringComparison.Ordinal) || actor.EndsWith("ку", StringComparison.Ordinal);

        // "блогеру Асель Жумабаевой": the actor word is masculine for women too, but the surname's ending is not.
        feminine |= words.Any(w => FeminineOblique.Any(e => w.Length > e.Length + 2 && w.EndsWith(e, StringComparison.Ordinal)));

        // "задержали ... Нургуль Токтосунову": after a genitive-accusative actor word, a surname in "-ову" is a woman's accusative.
        // "Жителю Сарыагашского района Бахыту Нуржанову": a first name in -у or -ю that is no woman's name in the accusative
        // is a man's in the dative, whatever genitive stands before it.
        if (!feminine && actor.EndsWith('а') && words.Length > 1 && FeminineAccusative.Any(e => words[^1].Length > e.Length + 2 && words[^1].EndsWith(e, StringComparison.Ordinal)))
        {
            var first = words[0];
            var womans = !(first.EndsWith('у') || first.EndsWith('ю'))
                || WomensNames.Contains(first[..^1] + (first.EndsWith('у') ? "а" : "я"));
            return string.Join(' ', words.Select(w => Form(w, womans, womans ? "журналистку" : "журналисту")));
        }
        return string.Join(' ', words.Select(w => Form(w, feminine, actor)));
    }

    // Kazakh women's names that do not decline in Russian ("Сауле Исабековой"), and men's names that lose a vowel when
    // they do ("Павла" → Павел, "Льва" → Лев).
    private static readonly HashSet<string> Indeclinable = new(StringComparer.OrdinalIgnoreCase) { "Сауле", "Сәуле" };
    private static readonly Dictionary<string, string> FleetingVowel = new(StringComparer.OrdinalIgnoreCase) { ["Павл"] = "Павел", ["Льв"] = "Лев" };

    private static string Form(string word, bool feminine, string actor)
    {
        if (Indeclinable.Contains(word))
        {
            return word;
        }

        var form = feminine ? Feminine(word, actor) : Masculine(word, actor);
        return FleetingVowel.TryGetValue(form, out var full) ? full : form;
    }

    // The case is carried by the actor phrase's noun: "автору YouTube-канала" is dative, "гражданскому активисту" too.
    private static string CaseWord(string actor)
    {
        var words = actor.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

        // "Улана Асанбекова, ведущего YouTube-проекта": a participle standing for a noun carries the case itself; the noun
        // after it is its object.
        if (words.Length > 0 && Participle().Match(words[0]) is { Success: true } participle)
        {
            return participle.Groups["ending"].Value switch
            {
                "его" => "журналиста",
                "ему" => "журналисту",
                "им" => "журналистом",
                "ую" or "юю" => "журналистку",
                "ей" => "журналистки",
                _ => words[0],
            };
        }

        return words.FirstOrDefault(w => !Adjective.Any(e => w.EndsWith(e, StringComparison.Ordinal))) ?? actor;
    }

    private static string Masculine(string word, string actor)
    {
        // Genitive (журналиста, блогера): Армана Жумабаева, Дмитрия; dative (журналисту): Ерлану, Дмитрию; instrumental (-ом): Арманом.
        // A woman named after a masculine actor word shows it in her first name: genitive Елены, Ольги, accusative
        // Камилу, Алию; dative Елене.
        if (actor.EndsWith('а') || actor.EndsWith('я'))
        {
            return word.Length <= 3 ? word
                : word.EndsWith("ию", StringComparison.Ordinal) ? word[..^2] + "ия"
                : word.EndsWith("ея", StringComparison.Ordinal) || word.EndsWith("ею", StringComparison.Ordinal) ? word[..^2] + "ей"
                : word.EndsWith("ьи", StringComparison.Ordinal) ? word[..^1] + "я"
                : word.EndsWith('ю') ? word[..^1] + "я"
                : word.EndsWith('у') || word.EndsWith('ы') ? word[..^1] + "а"
                : word.EndsWith('и') && word[^2] is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'ч' or 'щ' ? word[..^1] + "а"
                : word.EndsWith('и') && WomensNames.Contains(word[..^1] + "я") ? word[..^1] + "я"
                : word.EndsWith("ия", StringComparison.Ordinal) ? word[..^2] + "ий"
                : word.EndsWith("ого", StringComparison.Ordinal) ? word[..^3] + "ий"
                : word.Length > 3 && (word.EndsWith('а') || word.EndsWith('я')) ? word[..^1]
                : word;
        }

        if (actor.EndsWith('у') || actor.EndsWith('ю'))
        {
            // A woman's dative after a masculine actor word (автору Виктории Ли).
            return word.EndsWith("ии", StringComparison.Ordinal) && WomensNames.Contains(word[..^1] + "я") ? word[..^1] + "я"
                : word.EndsWith("ию", StringComparison.Ordinal) ? word[..^2] + "ий"
                : word.EndsWith("ею", StringComparison.Ordinal) ? word[..^2] + "ей"
                : word.Length > 3 && (word.EndsWith('у') || word.EndsWith('ю')) ? word[..^1]
                : word.Length > 3 && word.EndsWith('е') && !word.EndsWith("ие", StringComparison.Ordinal) ? word[..^1] + "а"
                : word;
        }

        // Prepositional (о журналисте, о блогере): Шухрате Рахимове, Дмитрии.
        if (actor.EndsWith('е'))
        {
            return word.EndsWith("ии", StringComparison.Ordinal) ? word[..^2] + "ий"
                : word.Length > 4 && word.EndsWith('е') && !word.EndsWith("ие", StringComparison.Ordinal) ? word[..^1]
                : word;
        }

        if (actor.EndsWith("ом", StringComparison.Ordinal) || actor.EndsWith("ем", StringComparison.Ordinal))
        {
            return word.EndsWith("ым", StringComparison.Ordinal) || word.EndsWith("ом", StringComparison.Ordinal) || word.EndsWith("ем", StringComparison.Ordinal)
                ? word[..^2]
                : word;
        }

        return word;
    }

    private static string Feminine(string word, string actor)
    {
        if (word.EndsWith("ой", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^2] + "а";
        }

        if (actor.EndsWith("ку", StringComparison.Ordinal))
        {
            return word.Length > 3 && word.EndsWith('у') ? word[..^1] + "а" : word.EndsWith('ю') ? word[..^1] + "я" : word;
        }

        // Genitive (журналистки): Динары, Ольги; dative (журналистке): Динаре.
        return word.Length > 3 && (word.EndsWith('ы') || word.EndsWith('е')) ? word[..^1] + "а"
            : word.Length > 3 && word.EndsWith('и') ? word[..^1] + (word[^2] is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'ч' or 'щ' ? "а" : "я")
            : word;
    }

    private static string StripKazakh(string word)
    {
        foreach (var suffix in KazakhSuffixes)
        {
            if (word.Length - suffix.Length >= 5 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static bool IsCyrillic(string word) => word.All(c => c is (>= '\u0400' and <= '\u04FF') or '-');

    [GeneratedRegex(@"^\w+(щ|вш)(?<ending>его|ему|им|ей|ую|юю)$")]
    private static partial Regex Participle();

    [GeneratedRegex(@"(ов|ев|ёв|ин|ова|ева|ёва|ина)(қа|ке|ға|ге|тың|тің|ның|нің|ты|ті|ды|ді|ны|ні|мен|пен|бен|та|те|да|де)$")]
    private static partial Regex KazakhCaseOnRussianSurname();
}
