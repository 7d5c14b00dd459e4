using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>Splits news text into sentences, not at the abbreviations legal news is full of (ст. 274, ч. 2, г. Алматы, млн.).</summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "ст", "ч", "п", "пп", "г", "гг", "т", "е", "млн", "млрд", "тыс", "руб", "им", "ул", "д", "кв", "обл", "р-н", "р", "см", "др",
        "тг", "проф", "акад", "жж", "ж", "бб", "mr", "mrs", "ms", "dr", "no", "art", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "u.s", "e.g", "i.e",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            foreach (Match end in Boundary().Matches(line))
            {
                // Only the end of the text before the mark can hold its last word; a bounded look keeps this linear.
                var before = line[Math.Max(start, end.Index - 40)..end.Index];
                var lastWord = LastWord().Match(before).Value;
                if (Abbreviations.Contains(lastWord) || (lastWord.Length == 1 && char.IsUpper(lastWord[0])))
                {
                    continue;
                }

                Add(sentences, line[start..(end.Index + 1)]);
                start = end.Index + end.Length;
            }

            Add(sentences, line[start..]);
        }

        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    // An end mark, closing quotes or brackets, space, then something that can open a sentence.
    [GeneratedRegex(@"[.!?…][»""')\]]*\s+(?=[\p{Lu}«""'(\d—–-])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[\w.-]+$")]
    private static partial Regex LastWord();
}
