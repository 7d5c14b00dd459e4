using System.Text;

namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>
/// Reads upstream regular expressions (Python syntax, the subset both pipelines use) for plain text
/// they need, so most of them never run: either the whole pattern is text, or a match must contain
/// some text that a cheap search can look for first.
/// </summary>
internal static class RegexGate
{
    /// <summary>
    /// The text a pattern matches when it has no metacharacters: escapes of punctuation
    /// (<c>\.</c>, <c>\/</c>) become the character; anything else (classes, <c>\d</c>, groups) is a real regex.
    /// </summary>
    public static bool TryUnescapeLiteral(string pattern, out string literal)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length || char.IsLetterOrDigit(pattern[i + 1]))
                {
                    literal = "";
                    return false;
                }

                builder.Append(pattern[++i]);
                continue;
            }

            if (IsMeta(c) || (c == '{' && IsQuantifierBrace(pattern, i)))
            {
                literal = "";
                return false;
            }

            builder.Append(c);
        }

        literal = builder.ToString();
        return literal.Length > 0;
    }

    /// <summary>
    /// Text a match cannot do without, for each top-level alternative: the runs of plain text
    /// outside groups and classes (those of three characters or more, else the longest one). A
    /// match contains every run of at least one alternative. Null when some alternative has no plain
    /// text, or the pattern sets inline options (case folding would defeat an ordinal search). A
    /// character followed by <c>*</c>, <c>?</c> or <c>{n}</c> may be absent, so it ends its run unkept.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? RequiredTexts(string pattern)
    {
        if (pattern.Contains("(?", StringComparison.Ordinal))
        {
            return null;
        }

        var alternatives = new List<IReadOnlyList<string>>();
        var runs = new List<string>();
        var run = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length && !char.IsLetterOrDigit(pattern[i + 1]):
                    run.Append(pattern[i + 1]);
                    i += 2;
                    continue;
                case '\\':
                    EndRun();
                    i += 2;
                    continue;
                case '|':
                    if (!EndAlternative())
                    {
                        return null;
                    }

                    i++;
                    continue;
                case '[':
                    EndRun();
                    i = SkipClass(pattern, i);
                    continue;
                case '(':
                    EndRun();
                    i = SkipGroup(pattern, i);
                    continue;
                case '*' or '?':
                case '{' when IsQuantifierBrace(pattern, i):
                    if (run.Length > 0)
                    {
                        run.Length--;
                    }

                    EndRun();
                    i = c == '{' ? pattern.IndexOf('}', i) + 1 : i + 1;
                    continue;
                case '+' or '.' or '^' or '$' or ')':
                    EndRun();
                    i++;
                    continue;
                default:
                    run.Append(c);
                    i++;
                    continue;
            }
        }

        return EndAlternative() ? alternatives : null;

        void EndRun()
        {
            if (run.Length > 0)
            {
                runs.Add(run.ToString());
            }

            run.Clear();
        }

        bool EndAlternative()
        {
            EndRun();
            if (runs.Count == 0)
            {
                return false;
            }

            // Short runs ("x", "id") turn up everywhere and would only cost search hits.
            var longRuns = runs.Where(r => r.Length >= 3).ToArray();
            alternatives.Add(longRuns.Length > 0 ? longRuns : [runs.MaxBy(r => r.Length)!]);
            runs.Clear();
            return true;
        }
    }

    // '{', '}' and ']' are plain characters unless they form a quantifier or close a class.
    private static bool IsMeta(char c) =>
        c is '.' or '^' or '$' or '*' or '+' or '?' or '(' or ')' or '[' or '|';

    // {n}, {n,} or {n,m}: anything else after '{' leaves it a plain character, in Python and .NET alike.
    private static bool IsQuantifierBrace(string pattern, int start)
    {
        var i = start + 1;
        var digits = 0;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < pattern.Length && pattern[i] == ',')
        {
            i++;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }
        }

        return i < pattern.Length && pattern[i] == '}';
    }

    // Index just past the class that starts at start ('['); a ']' right after '[' or '[^' is literal.
    private static int SkipClass(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    // Index just past the group that starts at start ('('), nested groups and classes included.
    private static int SkipGroup(string pattern, int start)
    {
        var depth = 0;
        var i = start;
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '[':
                    i = SkipClass(pattern, i);
                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }

            i++;
        }

        return i;
    }
}
