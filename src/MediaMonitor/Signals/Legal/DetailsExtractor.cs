using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaMonitor.Signals.Legal;

/// <summary>Reads the code article, the amount and currency, the court and the claimant out of a sentence.</summary>
internal static partial class DetailsExtractor
{
    public static LegalDetails Extract(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return new LegalDetails(ArticleOf(sentence), AmountOf(sentence, out var currency), currency, CourtOf(sentence), ClaimantOf(sentence));
    }

    /// <summary>The first detail of each kind from the sentence, else from the rest of the text.</summary>
    public static LegalDetails Merge(LegalDetails first, LegalDetails fallback) => new(
        first.Article ?? fallback.Article,
        first.Amount ?? fallback.Amount,
        first.Amount is null ? fallback.Currency : first.Currency,
        first.Court ?? fallback.Court,
        first.Claimant ?? fallback.Claimant);

    private static string? ArticleOf(string s)
    {
        var m = CodeArticle().Match(s);
        if (m.Success)
        {
            return m.Groups["n"].Value;
        }

        m = KazakhArticle().Match(s);
        return m.Success ? m.Groups["n"].Value : null;
    }

    private static decimal? AmountOf(string s, out string? currency)
    {
        currency = null;
        var m = Amount().Match(s);
        string number;
        string? scale;
        string unit;
        if (m.Success)
        {
            (number, scale, unit) = (m.Groups["num"].Value, m.Groups["scale"].Value, m.Groups["cur"].Value);
        }
        else
        {
            m = PrefixAmount().Match(s);
            if (!m.Success)
            {
                return null;
            }

            (number, scale, unit) = (m.Groups["num"].Value, m.Groups["scale"].Value, m.Groups["cur"].Value);
        }

        var digits = NonNumber().Replace(number, "");
        // "1,5 млн" and "1.5 million": a separator followed by one or two digits before a scale word is a decimal point.
        var value = DecimalPart().Match(digits) is { Success: true } dec && !string.IsNullOrEmpty(scale)
            ? decimal.Parse(dec.Groups[1].Value.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) + "." + dec.Groups[2].Value, CultureInfo.InvariantCulture)
            : decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : 0;
        if (value == 0)
        {
            return null;
        }

        value *= Scale(scale?.ToLowerInvariant() ?? "");
        currency = Currency(unit.ToLowerInvariant());
        return currency is null ? null : value;
    }

    private static decimal Scale(string scale) => scale switch
    {
        _ when scale.StartsWith("млрд", StringComparison.Ordinal) || scale.StartsWith("миллиард", StringComparison.Ordinal) || scale.StartsWith("billion", StringComparison.Ordinal) || scale.StartsWith("bn", StringComparison.Ordinal) => 1_000_000_000m,
        _ when scale.StartsWith("млн", StringComparison.Ordinal) || scale.StartsWith("миллион", StringComparison.Ordinal) || scale.StartsWith("million", StringComparison.Ordinal) || scale.StartsWith("mln", StringComparison.Ordinal) || scale == "m" => 1_000_000m,
        _ when scale.StartsWith("тыс", StringComparison.Ordinal) || scale.StartsWith("мың", StringComparison.Ordinal) || scale.StartsWith("thousand", StringComparison.Ordinal) || scale == "k" => 1_000m,
        _ => 1m,
    };

    private static string? Currency(string unit) => unit switch
    {
        _ when unit.StartsWith("тенге", StringComparison.Ordinal) || unit.StartsWith("теңге", StringComparison.Ordinal) || unit is "тг" or "kzt" or "tenge" or "₸" => "KZT",
        _ when unit.StartsWith("руб", StringComparison.Ordinal) || unit is "rub" or "roubles" or "rubles" or "₽" => "RUB",
        _ when unit.StartsWith("долл", StringComparison.Ordinal) || unit is "usd" or "$" or "dollars" or "доллар" => "USD",
        _ when unit is "евро" or "eur" or "euros" or "€" => "EUR",
        _ when unit.StartsWith("сом", StringComparison.Ordinal) || unit is "kgs" or "som" => "KGS",
        _ when unit.StartsWith("мрп", StringComparison.Ordinal) || unit.StartsWith("аек", StringComparison.Ordinal) || unit is "mci" or "mrp" => "MRP",
        _ => null,
    };

    private static string? CourtOf(string s)
    {
        foreach (var regex in new[] { RussianCourt(), KazakhCourt(), EnglishCourt() })
        {
            var m = regex.Match(s);
            if (m.Success)
            {
                return m.Value.Trim();
            }
        }

        return null;
    }

    private static string? ClaimantOf(string s)
    {
        var m = Claimant().Match(s);
        return m.Success ? m.Groups["who"].Value.Trim(' ', ',', '«', '»', '"') : null;
    }

    [GeneratedRegex(@"(?:\bст\.?|\bстать\w*|\barticle|\bart\.)\s*(?<n>\d{2,3})(?:[.\s-]*(?:ч\.?|част\w*|part)\s*\d)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CodeArticle();

    [GeneratedRegex(@"(?<n>\d{2,3})\s*-?\s*ба[пб]\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KazakhArticle();

    [GeneratedRegex(@"(?<num>\d[\d\s\u00a0.,]*)\s*(?<scale>млрд|млн|тыс|мың|миллиард\w*|миллион\w*|billion|million|thousand|mln|bn|m|k)?\.?\s*(?<cur>тенге|теңге|тг|kzt|tenge|₸|руб\w*|rub|roubles|rubles|₽|долл\w*|usd|dollars|евро|eur|euros|€|сом\w*|kgs|som|мрп|аек|mci|mrp)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<cur>\$|€|₸|₽)\s?(?<num>\d[\d,.]*)\s*(?<scale>million|billion|thousand|mln|bn|m|k)?(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PrefixAmount();

    [GeneratedRegex(@"[^\d.,]", RegexOptions.None, 1000)]
    private static partial Regex NonNumber();

    [GeneratedRegex(@"^(\d+)[.,](\d{1,2})$", RegexOptions.None, 1000)]
    private static partial Regex DecimalPart();

    // The gaps before "суд"/"сот" are greedy: written lazy ({0,2}?), the compiled and source-generated engines loop
    // until the timeout on a text with the adjective and no court after it ("Ол облыстық жағдай туралы жазған"), and
    // the timeout cost the whole clause its findings.
    [GeneratedRegex(@"(?:\p{Lu}[\w-]*\s+){0,3}(?:[рР]айонн|[гГ]ородск|[мМ]ежрайонн|[оО]бластн|[вВ]ерховн|[аА]пелляционн|[сС]пециализированн|[вВ]оенн|[кК]ассационн)\w*\s+(?:\w+\s+){0,2}суд\w*(?:\s+(?:(?:города|г\.)\s+)?\p{Lu}[\w-]*)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RussianCourt();

    [GeneratedRegex(@"(?:\p{Lu}[\w-]*\s+){0,3}(?:[аА]удандық|[қҚ]алалық|[аА]уданаралық|[оО]блыстық|[жЖ]оғарғы|[мМ]амандандырылған)\s+(?:\w+\s+){0,2}сот\w*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KazakhCourt();

    [GeneratedRegex(@"(?:\p{Lu}[\w-]*\s+){0,3}(?:[dD]istrict|[cC]ity|[rR]egional|[aA]ppeals?|[aA]ppellate|[sS]upreme|[sS]peciali[sz]ed|[iI]nter-district|[mM]ilitary)\s+[cC]ourt(?:\s+of\s+\p{Lu}[\w-]*)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishCourt();

    [GeneratedRegex(@"(?:по\s+иску|истец(?:ом)?\s*(?:[—–-]|выступ\w+)?|filed\s+by|brought\s+by)\s+(?<who>[«""]?[\p{Lu}][\w.«»""-]*(?:\s+[\p{Lu}«""][\w.«»""-]*){0,4})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Claimant();
}
