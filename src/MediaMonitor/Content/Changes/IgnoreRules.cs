namespace MediaMonitor.Content.Changes;

/// <summary>
/// What change detection must not see: lines that move on every visit (dates, times, counters)
/// and blocks that rotate (most read). Plain regex strings so per-outlet config can add more.
/// </summary>
/// <param name="DropLines">A line is dropped when one of these matches it; anchor them, or a sentence that merely mentions a time is lost.</param>
/// <param name="DropBlocks">A line matching one of these starts a block that is dropped up to the next blank line or long line.</param>
/// <param name="BlockLineMaxLength">Lines longer than this end a dropped block: headlines are short, article paragraphs are not.</param>
internal sealed record IgnoreRules(
    IReadOnlyList<string> DropLines,
    IReadOnlyList<string> DropBlocks,
    int BlockLineMaxLength = IgnoreRules.DefaultBlockLineMaxLength)
{
    public const int DefaultBlockLineMaxLength = 200;

    private const string Months =
        "январ[ья]|феврал[ья]|март[а]?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|август[а]?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|"
        + "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
        + "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?";

    private const string Units =
        "секунд\\w*|сек\\.?|минут\\w*|мин\\.?|час\\w*|дн\\w*|день|недел\\w*|месяц\\w*|"
        + "секунд|минут|сағат|күн|апта|ай|"
        + "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?";

    private const string Date =
        "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
        + "|\\d{4}-\\d{2}-\\d{2}(t\\d{2}:\\d{2}(:\\d{2})?z?)?"
        + "|\\d{1,2}\\s+(" + Months + ")(\\s+\\d{4})?(\\s*(г\\.?|года|ж\\.?|жыл\\w*))?"
        + "|(" + Months + ")\\s+\\d{1,2}(,?\\s+\\d{4})?";

    private const string Time = "\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[ap]\\.?m\\.?)?";

    private const string Relative =
        "(\\d+\\s+)?(" + Units + ")\\s+(назад|ago|бұрын)"
        + "|вчера|сегодня|только что|yesterday|today|just now|кеше|бүгін|жаңа ғана";

    private const string CounterWords =
        "views?|reads?|comments?|shares?|likes?|просмотр\\w*|комментари\\w*|прочтени\\w*|"
        + "қаралым\\w*|көрілім\\w*|пікір\\w*|оқылым\\w*";

    private const string Number = "\\d[\\d\\s.,]*\\s?[kmкм]?";

    private const string Counter =
        "(👁\\ufe0f?|👀|💬|🗨\\ufe0f?|" + CounterWords + ")\\s*:?\\s*" + Number
        + "|" + Number + "\\s*(" + CounterWords + ")";

    private const string Label =
        "опубликовано|обновлено|дата публикации|published|updated|last updated|posted|жарияланды|жарияланған|жаңартылды|в|at|on|г\\.?";

    // A line made only of these tokens and separators is page furniture, not text.
    private const string MetaLine =
        "^[\\W_]*((" + Date + "|" + Time + "|" + Relative + "|" + Counter + "|" + Label + ")([\\W_]+|$))+$";

    private const string MostRead =
        "^[\\W_]*(most read|most popular|most viewed|trending( now)?|popular( now)?|"
        + "самое читаемое|самое популярное|популярное|самые читаемые|читают сейчас|"
        + "ең көп оқылған|көп оқылған|көп оқылғандар|танымал)[\\W_]*$";

    /// <summary>The defaults for Kazakhstan's outlets in Russian, Kazakh and English.</summary>
    public static IgnoreRules Default { get; } = new([MetaLine], [MostRead]);

    /// <summary>CSS selectors of elements dropped from the page before its main text is extracted.</summary>
    public IReadOnlyList<string> DropSelectors { get; init; } = [];

    /// <summary>These rules plus another set (an outlet's own), keeping the larger block line limit.</summary>
    public IgnoreRules Merge(IgnoreRules more) =>
        new([.. DropLines, .. more.DropLines], [.. DropBlocks, .. more.DropBlocks], Math.Max(BlockLineMaxLength, more.BlockLineMaxLength))
        {
            DropSelectors = [.. DropSelectors, .. more.DropSelectors],
        };
}
