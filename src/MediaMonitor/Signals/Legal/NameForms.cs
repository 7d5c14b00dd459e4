namespace MediaMonitor.Signals.Legal;

/// <summary>
/// Puts a person's name read from running text back in the nominative, so that "журналистки Динары
/// Абеновой" and "журналистке Динаре Абеновой" are one subject. Russian: the case and gender are those
/// of the actor word before the name (журналиста = masculine genitive, журналистке = feminine dative).
/// Kazakh: case suffixes are taken off the last word (Тоқтаровтың, Нұрланұлын). A heuristic: names it
/// cannot place are left as written.
/// </summary>
internal static class NameForms
{
    private static readonly string[] KazakhSuffixes =
        ["ның", "нің", "тың", "тің", "дың", "дің", "ға", "ге", "қа", "ке", "ны", "ні", "ты", "ті", "ды", "ді", "мен", "пен", "бен", "да", "де", "та", "те", "н"];

    public static string Nominative(string name, string? actorWord)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.All(IsCyrillic))
        {
            return name;
        }

        if (words.Any(w => w.Any(c => "әғқңөұүһі".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))))
        {
            words[^1] = StripKazakh(words[^1]);
            return string.Join(' ', words);
        }

        var actor = actorWord?.ToLowerInvariant() ?? "";
        var feminine = actor.EndsWith("ки", StringComparison.Ordinal) || actor.EndsWith("ке", StringComparison.Ordinal)
            || actor.EndsWith("кой", StringComparison.Ordinal) || actor.EndsWith("ку", StringComparison.Ordinal);
        return string.Join(' ', words.Select(w => feminine ? Feminine(w, actor) : Masculine(w, actor)));
    }

    private static string Masculine(string word, string actor)
    {
        // Genitive (журналиста, блогера): Армана Жумабаева, Дмитрия; dative (журналисту): Ерлану, Дмитрию; instrumental (-ом): Арманом.
        if (actor.EndsWith('а') || actor.EndsWith('я'))
        {
            return word.EndsWith("ия", StringComparison.Ordinal) ? word[..^2] + "ий"
                : word.EndsWith("ого", StringComparison.Ordinal) ? word[..^3] + "ий"
                : word.Length > 3 && (word.EndsWith('а') || word.EndsWith('я')) ? word[..^1]
                : word;
        }

        if (actor.EndsWith('у') || actor.EndsWith('ю'))
        {
            return word.EndsWith("ию", StringComparison.Ordinal) ? word[..^2] + "ий"
                : word.Length > 3 && (word.EndsWith('у') || word.EndsWith('ю')) ? word[..^1]
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
}
