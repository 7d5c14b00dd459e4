using System.Text;
using System.Text.RegularExpressions;
using MediaMonitor.Sites;

namespace MediaMonitor.Signals.Legal;

/// <summary>
/// Finds the outlets of config/outlets and their people in a sentence: outlet names and their
/// parts in brackets, domains, and people by full name or surname, in Cyrillic and Latin, with the
/// endings Russian and Kazakh add (Асипова, Асиповқа, «Казахстанской правды»).
/// </summary>
internal sealed partial class EntityLinker
{
    private const int MinSurnameLength = 4;

    private readonly List<(Regex Pattern, string Outlet, string? Person)> _patterns = [];

    public EntityLinker(IEnumerable<Outlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        foreach (var outlet in outlets)
        {
            // Names are matched as capitalised: "Настоящее время" is an outlet, "в настоящее время" is "now".
            foreach (var name in NameVariants(outlet).Concat(outlet.Aliases))
            {
                _patterns.Add((Compile(Inflected(Fold(name)), ignoreCase: false), outlet.Id, null));
            }

            foreach (var domain in outlet.Domains)
            {
                _patterns.Add((Compile(Regex.Escape(domain)), outlet.Id, null));

                // "Holanews", "Tengrinews": the domain's name without its ending, as written in running text.
                var label = domain.Split('.')[0];
                if (label.Length >= 6 && label.All(char.IsAsciiLetter))
                {
                    // Not the last word of another name: "Atyrau Inform" is not inform.kz.
                    _patterns.Add((Compile(@"(?<!(?<![\w-])(?!(?:The|A|An|In|On|At|For|By)\s)\p{Lu}[\w-]*\s)" + char.ToUpperInvariant(label[0]) + label[1..], ignoreCase: false), outlet.Id, null));
                }
            }

            foreach (var person in outlet.People)
            {
                var latin = string.IsNullOrWhiteSpace(person.Latin) ? Transliteration.ToLatin(person.Name) : person.Latin.ToLowerInvariant();
                foreach (var written in new[] { person.Name, person.Latin }.Where(n => !string.IsNullOrWhiteSpace(n)))
                {
                    var parts = Fold(written!).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    _patterns.Add((Compile(string.Join(@"\s+", parts.Select(Inflected))), outlet.Id, latin));
                    if (parts.Length > 1 && parts[^1].Length >= MinSurnameLength)
                    {
                        _patterns.Add((Compile(Inflected(parts[^1]), ignoreCase: false), outlet.Id, latin));
                    }
                }
            }
        }
    }

    /// <summary>Every mention in <paramref name="sentence"/>, longest first where two overlap.</summary>
    public IReadOnlyList<EntityMention> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<EntityMention>();
        var folded = Fold(sentence);
        foreach (var (pattern, outlet, person) in _patterns)
        {
            foreach (Match match in pattern.Matches(folded))
            {
                // "«Семей Хабар»" is another outlet than Khabar: a name that a quoted title opens with other words ends it.
                if (person is null && InsideOtherTitle().IsMatch(sentence.AsSpan(0, match.Index)))
                {
                    continue;
                }

                found.Add(new EntityMention(match.Index, match.Length, outlet, person, sentence.Substring(match.Index, match.Length)));
            }
        }

        // An outlet we do not list, named by its domain (Abai.kz, Nege.kz): the domain is its subject.
        foreach (Match match in UnknownDomain().Matches(sentence))
        {
            found.Add(new EntityMention(match.Index, match.Length, match.Value.ToLowerInvariant(), null, match.Value));
        }

        var kept = new List<EntityMention>();
        foreach (var mention in found.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => mention.Start < k.Start + k.Length && k.Start < mention.Start + mention.Length))
            {
                kept.Add(mention);
            }
        }

        return [.. kept.OrderBy(m => m.Start)];
    }

    // Kazakh letters to the Russian ones a name is also written with ("«Ақ Жайық»" is "Ак Жайык"), one for one so
    // that places in the folded text are places in the original.
    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                'ә' => 'а', 'Ә' => 'А', 'ғ' => 'г', 'Ғ' => 'Г', 'қ' => 'к', 'Қ' => 'К', 'ң' => 'н', 'Ң' => 'Н', 'ө' => 'о', 'Ө' => 'О',
                'ұ' => 'у', 'Ұ' => 'У', 'ү' => 'у', 'Ү' => 'У', 'һ' => 'х', 'Һ' => 'Х', 'і' => 'и', 'І' => 'И',
                var c => c,
            };
        }
    });

    // "Uralskaya Nedelya (Уральская неделя)" is known by both; "Channel 31 (31 канал)" too.
    private static IEnumerable<string> NameVariants(Outlet outlet)
    {
        var name = outlet.Name;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            yield return name.Trim();
            yield break;
        }

        yield return name[..open].Trim();
        var close = name.IndexOf(')', open);
        var inner = close > open ? name[(open + 1)..close] : name[(open + 1)..];
        foreach (var part in inner.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "RFE/RL Kazakh Service" says who runs it, not what readers call it.
            if (!part.Contains("RFE/RL", StringComparison.Ordinal) && !part.Contains("IWPR", StringComparison.Ordinal))
            {
                yield return part.Trim();
            }
        }
    }

    // Each Cyrillic word of five letters or more may end differently: the stem loses its last two letters.
    private static string Inflected(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pattern = new StringBuilder();
        foreach (var word in words)
        {
            if (pattern.Length > 0)
            {
                pattern.Append(@"\s+");
            }

            var cyrillic = word.Any(c => c is >= '\u0400' and <= '\u04FF');
            if (cyrillic && word.Length >= 7 && word.All(char.IsLetter))
            {
                pattern.Append(Regex.Escape(word[..^2])).Append(@"\w{0,5}");
            }
            else if (cyrillic && word.Length >= 5 && word.All(char.IsLetter))
            {
                // "Айқын" keeps four letters: three would take in "Айке", a first name.
                pattern.Append(Regex.Escape(word[..^1])).Append(@"\w{0,5}");
            }
            else if (cyrillic && word.All(char.IsLetter))
            {
                pattern.Append(Regex.Escape(word)).Append(@"\w{0,4}");
            }
            else
            {
                pattern.Append(Regex.Escape(word));
            }
        }

        return pattern.ToString();
    }

    [GeneratedRegex(@"(?<![\w.@/])[A-Za-z][\w-]{1,40}\.(?:kz|kg|uz|tj|tm|ru|by|ua|media|news|info|org|com|net|io|tv|asia)(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownDomain();

    // An opening quote, then capitalised words that are no outlet noun ("«Радио Азаттык»" is Azattyq), up to the name.
    [GeneratedRegex(@"[«“](?:(?!(?:Радио|Телеканал|Газета|Агентство|Журнал|Портал|Сайт|Радиостанция|Радиосы|Телеарнасы|Газеті|Radio|TV)\s)\p{Lu}[\w.-]*\s+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex InsideOtherTitle();

    private static Regex Compile(string pattern, bool ignoreCase = true) =>
        new($@"(?<![\w.]){pattern}(?![\w])", (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
