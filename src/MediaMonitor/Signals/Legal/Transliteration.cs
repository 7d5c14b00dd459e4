using System.Text;

namespace MediaMonitor.Signals.Legal;

/// <summary>Russian and Kazakh Cyrillic to Latin letters, the common press spelling (Ж zh, Х kh, Ц ts, Ы y, Қ k, Ұ u).</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['ә'] = "a", ['ғ'] = "g", ['қ'] = "k", ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u",
        ['һ'] = "h", ['і'] = "i",
    };

    // English words in Cyrillic press names are spelled back as English ("Алтай Ньюс" is Altai News), not letter by letter.
    private static readonly Dictionary<string, string> Loanwords = new(StringComparer.Ordinal)
    {
        ["ньюс"] = "news", ["ньюз"] = "news", ["таймс"] = "times", ["таймз"] = "times", ["дейли"] = "daily", ["уикли"] = "weekly",
        ["лайв"] = "live", ["лайн"] = "line", ["инсайд"] = "inside", ["тудей"] = "today", ["онлайн"] = "online", ["пресс"] = "press",
        ["инфо"] = "info", ["медиа"] = "media", ["хаб"] = "hub", ["ревью"] = "review", ["репорт"] = "report", ["поинт"] = "point",
        ["экспресс"] = "express", ["сити"] = "city", ["стори"] = "story", ["вью"] = "view", ["ворлд"] = "world",
    };

    /// <summary>Lower-case Latin form of <paramref name="text"/>; Latin letters, digits and dots pass through.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && words.Any(w => Loanwords.ContainsKey(w.ToLowerInvariant())))
        {
            return string.Join(' ', words.Select(w => Loanwords.TryGetValue(w.ToLowerInvariant(), out var english) ? english : ToLatin(w)));
        }

        var result = new StringBuilder(text.Length);
        var lower = text.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];

            // Й is "i" inside a word before a consonant or at its end (Aigerim, Seitzhanov, Sergei), "y" before a vowel or first (Yoshkar).
            var atEnd = i + 1 == lower.Length || !char.IsLetter(lower[i + 1]);
            if (c == 'й' && atEnd && i > 0 && lower[i - 1] is 'и' or 'ы')
            {
                // -ий, -ый at a word's end: Dmitriy, Zhukovskiy.
                result.Append('y');
            }
            else if (c == 'й' && i > 0 && char.IsLetter(lower[i - 1]) && (atEnd || !"аеёиоуыэюяәөұүі".Contains(lower[i + 1], StringComparison.Ordinal)))
            {
                result.Append('i');
            }
            else if (c == 'е' && (i == 0 || !char.IsLetter(lower[i - 1]) || "аеёиоуыэюяәөұүіъь".Contains(lower[i - 1], StringComparison.Ordinal)))
            {
                // Е opens a syllable with "ye" (Yerlan, Tarayev, Kuryer), as passports and the press write it.
                result.Append("ye");
            }
            else if (Letters.TryGetValue(c, out var latin))
            {
                result.Append(latin);
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            {
                result.Append(c);
            }
            else if (char.IsWhiteSpace(c) && result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().Trim();
    }
}
