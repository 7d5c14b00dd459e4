using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace MediaMonitor.Content.Changes;

/// <summary>
/// Turns a snapshot of main text into what change detection compares: ignore rules first (while
/// lines and case still exist for them to match), then NFKC, lowercase, no punctuation, single spaces.
/// </summary>
internal sealed partial class TextNormalizer
{
    /// <summary>Rules come from outlet config, so a pathological pattern must not stall a check.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly ConditionalWeakTable<IgnoreRules, TextNormalizer> Cache = [];

    private readonly Regex[] _dropLines;
    private readonly Regex[] _dropBlocks;
    private readonly int _blockLineMaxLength;

    public TextNormalizer(IgnoreRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _dropLines = [.. rules.DropLines.Select(Compile)];
        _dropBlocks = [.. rules.DropBlocks.Select(Compile)];
        _blockLineMaxLength = rules.BlockLineMaxLength;
    }

    public static TextNormalizer Default { get; } = For(IgnoreRules.Default);

    /// <summary>One compiled normalizer per rules instance, so a check cycle does not recompile them per page.</summary>
    public static TextNormalizer For(IgnoreRules rules) => Cache.GetValue(rules, static r => new TextNormalizer(r));

    /// <summary>The text with ignored lines and blocks removed, spaces collapsed per line, empty lines gone: what a diff shows.</summary>
    public string ApplyIgnoreRules(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var kept = new List<string>();
        var inBlock = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (inBlock)
            {
                // Blank lines and paragraph-length lines mark where the rotating list ends.
                if (line.Length == 0 || line.Length > _blockLineMaxLength)
                {
                    inBlock = false;
                }
                else
                {
                    continue;
                }
            }

            if (line.Length == 0 || _dropLines.Any(r => r.IsMatch(line)))
            {
                continue;
            }

            if (_dropBlocks.Any(r => r.IsMatch(line)))
            {
                inBlock = true;
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept);
    }

    /// <summary>The comparable form: ignore rules applied, NFKC, lowercase, punctuation and symbols gone, single spaces.</summary>
    public string Normalize(string? text) => NormalizeReadable(ApplyIgnoreRules(text));

    /// <summary>The comparable form of text that has already been through <see cref="ApplyIgnoreRules"/> (or needs no rules, like a phrase).</summary>
    public static string NormalizeReadable(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            // Russian writes ё and е interchangeably; an edit between them is not a change.
            .Replace('ё', 'е');
        return Spaces().Replace(Punctuation().Replace(folded, " "), " ").Trim();
    }

    private static Regex Compile(string pattern)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            // Linear time whatever the pattern; falls back for patterns it cannot run (lookarounds, backreferences).
            return new Regex(pattern, options | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, MatchTimeout);
        }
    }

    [GeneratedRegex(@"[\s\u00A0\u200B\u2028\u2029\uFEFF]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    // Symbols go too: emoji counters, currency signs and bullets carry no text.
    [GeneratedRegex(@"[\p{P}\p{S}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();
}
