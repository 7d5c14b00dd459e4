using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>
/// Known blockpage fingerprints (OONI's blocking-fingerprints and Censored Planet's signatures,
/// embedded as blockpages.json; sources and licences in this folder's README.md) matched against
/// DNS answers and HTTP responses.
/// </summary>
/// <remarks>
/// The matcher runs on every measurement, so the work per response is kept to one pass over the
/// composed response for all plain-string patterns (most of them), a handful of header values, and
/// only the few patterns that really are regular expressions evaluated as such.
/// </remarks>
public sealed class BlockpageFingerprints
{
    public const string FalsePositiveScope = "fp";

    internal const string ResourceName = "MediaMonitor.Analysis.Fingerprints.blockpages.json";

    // Upstream patterns are simple; a regex that needs longer than this on 64 KB is pathological
    // input (or a pattern .NET evaluates worse than Python), not a blockpage signal worth waiting for.
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private const string DnsLocation = "dns";
    private const string CensoredPlanetSource = "censoredplanet";

    // Lead key for patterns of one character: U+FFFF is a noncharacter and never a second char we look up.
    private const char NoSecondChar = '\uFFFF';

    private static readonly Lazy<BlockpageFingerprints> LazyDefault = new(LoadEmbedded);

    private readonly FingerprintMatch[] _matches;
    private readonly Dictionary<string, int[]> _dnsAnswers;
    private readonly PatternRule[] _dnsRules;
    private readonly Dictionary<string, PatternRule[]> _headerRules;
    private readonly PatternRule[] _bodyRules;
    private readonly PatternRule[] _responseRules;
    private readonly SearchValues<string>? _literalSearch;
    private readonly Dictionary<int, LiteralRule[]> _literalsByLead;
    private readonly int _gateSlotCount;
    private readonly Dictionary<(string Source, string Scope), int> _countsByScope;

    private BlockpageFingerprints(BlockpageDataFile data)
    {
        var fingerprints = data.Fingerprints;
        _matches = new FingerprintMatch[fingerprints.Count];
        var tables = new RuleTables();
        _countsByScope = [];

        for (var index = 0; index < fingerprints.Count; index++)
        {
            var fingerprint = fingerprints[index];
            _matches[index] = new FingerprintMatch(
                fingerprint.Id, fingerprint.Source, fingerprint.Scope, fingerprint.Location, fingerprint.Pattern, fingerprint.Countries ?? []);

            if (!TryPrepare(index, fingerprint, out var rule) || !tables.TryAdd(fingerprint.Location, rule))
            {
                SkippedPatterns++;
                continue;
            }

            if (fingerprint.Location == DnsLocation)
            {
                DnsCount++;
            }
            else if (fingerprint.Source == CensoredPlanetSource)
            {
                CensoredPlanetCount++;
            }
            else
            {
                HttpCount++;
            }

            var scopeKey = (fingerprint.Source, fingerprint.Scope);
            _countsByScope[scopeKey] = _countsByScope.GetValueOrDefault(scopeKey) + 1;
        }

        _dnsAnswers = tables.DnsAnswers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _dnsRules = [.. tables.DnsRules];
        _headerRules = tables.HeaderRules.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _bodyRules = [.. tables.BodyRules];
        _responseRules = [.. tables.ResponseRules];
        _gateSlotCount = tables.GateSlotCount;
        _literalsByLead = tables.Literals
            .GroupBy(l => LeadKey(l.Text))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _literalSearch = tables.Literals.Count == 0
            ? null
            : SearchValues.Create([.. tables.Literals.Select(l => l.Text).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The embedded fingerprints, loaded on first use.</summary>
    public static BlockpageFingerprints Default => LazyDefault.Value;

    /// <summary>OONI DNS fingerprints in use.</summary>
    public int DnsCount { get; }

    /// <summary>OONI HTTP fingerprints (body and header) in use.</summary>
    public int HttpCount { get; }

    /// <summary>Censored Planet signatures (blockpage and false positive) in use.</summary>
    public int CensoredPlanetCount { get; }

    /// <summary>Fingerprints left out: regular expressions .NET cannot compile, or rows of an unknown kind.</summary>
    public int SkippedPatterns { get; }

    /// <summary>Fingerprints in use from one source with one scope, e.g. ("censoredplanet", "fp").</summary>
    public int CountOf(string source, string scope) => _countsByScope.GetValueOrDefault((source, scope));

    /// <summary>
    /// The blockpage matches that count: none when any false-positive fingerprint matched the same
    /// response (a known ordinary page that resembles a blockpage), else every non-fp match.
    /// </summary>
    public static IReadOnlyList<FingerprintMatch> Confirmed(IReadOnlyList<FingerprintMatch> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return all.Any(m => m.IsFalsePositive) ? [] : [.. all];
    }

    /// <summary>DNS fingerprints matching any of the answers (addresses or CNAME targets).</summary>
    public IReadOnlyList<FingerprintMatch> MatchDns(IEnumerable<string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var hits = new HashSet<int>();
        foreach (var answer in answers)
        {
            if (string.IsNullOrWhiteSpace(answer))
            {
                continue;
            }

            var key = NormalizeDnsAnswer(answer);
            if (_dnsAnswers.TryGetValue(key, out var indexes))
            {
                hits.UnionWith(indexes);
            }

            foreach (var rule in _dnsRules)
            {
                if (rule.IsMatch(key))
                {
                    hits.Add(rule.Index);
                }
            }
        }

        return ToMatches(hits);
    }

    /// <summary>
    /// HTTP fingerprints matching one response. <paramref name="headers"/> are keyed by lowercase
    /// name (other casings are found too, more slowly); <paramref name="body"/> is the decoded body.
    /// OONI patterns look at the body or one header; Censored Planet's at the response rebuilt as
    /// text (see <see cref="ComposeResponse"/>), as their pipeline does.
    /// </summary>
    public IReadOnlyList<FingerprintMatch> MatchHttp(int? status, IReadOnlyDictionary<string, string> headers, string body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        var hits = new HashSet<int>();
        var seen = new bool[_gateSlotCount];

        foreach (var (name, rules) in _headerRules)
        {
            if (FindHeader(headers, name) is not { } value)
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (rule.IsMatch(value))
                {
                    hits.Add(rule.Index);
                }
            }
        }

        var response = ComposeResponse(status, headers, body);
        FindLiterals(response, response.Length - body.Length, hits, seen);
        MatchRules(_bodyRules, body, seen, hits);
        MatchRules(_responseRules, response, seen, hits);

        return ToMatches(hits);
    }

    /// <summary><see cref="MatchDns"/> with the false-positive rule applied.</summary>
    public FingerprintVerdict EvaluateDns(IEnumerable<string> answers) => FingerprintVerdict.From(MatchDns(answers));

    /// <summary><see cref="MatchHttp"/> with the false-positive rule applied.</summary>
    public FingerprintVerdict EvaluateHttp(int? status, IReadOnlyDictionary<string, string> headers, string body) =>
        FingerprintVerdict.From(MatchHttp(status, headers, body));

    /// <summary>
    /// The response as Censored Planet's signatures expect it: a status line, one
    /// <c>Name: value</c> line per header, a blank line, the body. Their pipeline's status line is
    /// Go's "403 Forbidden"; here it is "HTTP/1.1 403" without a reason phrase: the probe does not
    /// keep it, and a guessed one would let generic status signatures (their false positive
    /// "404 Not Found") discount every error response, blockpages served as 404 included.
    /// </summary>
    internal static string ComposeResponse(int? status, IReadOnlyDictionary<string, string> headers, string body)
    {
        var builder = new StringBuilder(body.Length + 64 + (headers.Count * 48));
        builder.Append("HTTP/1.1");
        if (status is { } code)
        {
            builder.Append(' ').Append(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.Append("\r\n");
        foreach (var (name, value) in headers)
        {
            AppendHeaderName(builder, name);
            builder.Append(": ").Append(value).Append("\r\n");
        }

        builder.Append("\r\n").Append(body);
        return builder.ToString();
    }

    internal static BlockpageFingerprints Parse(string json)
    {
        var data = JsonSerializer.Deserialize(json, BlockpageJson.Default.BlockpageDataFile)
            ?? throw new InvalidDataException("The fingerprint file is empty.");
        return new BlockpageFingerprints(data);
    }

    private static BlockpageFingerprints LoadEmbedded()
    {
        using var stream = typeof(BlockpageFingerprints).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("blockpages.json is not embedded in the assembly.");
        var data = JsonSerializer.Deserialize(stream, BlockpageJson.Default.BlockpageDataFile)
            ?? throw new InvalidDataException("blockpages.json is empty.");
        return new BlockpageFingerprints(data);
    }

    private static bool TryPrepare(int index, BlockpageFingerprint fingerprint, [NotNullWhen(true)] out PatternRule? rule)
    {
        rule = null;
        if (string.IsNullOrEmpty(fingerprint.Pattern) || string.IsNullOrEmpty(fingerprint.Location))
        {
            return false;
        }

        switch (fingerprint.Type)
        {
            case "full":
                rule = new PatternRule(index, PatternKind.Full, fingerprint.Pattern, null);
                return true;
            case "prefix":
                rule = new PatternRule(index, PatternKind.Prefix, fingerprint.Pattern, null);
                return true;
            case "contains":
                rule = new PatternRule(index, PatternKind.Contains, fingerprint.Pattern, null);
                return true;
            case "regexp":
                // Most upstream "regular expressions" are plain text with escaped dots; searching for
                // the text is exact and far cheaper than running a regex over 64 KB.
                if (RegexGate.TryUnescapeLiteral(fingerprint.Pattern, out var literal))
                {
                    rule = new PatternRule(index, PatternKind.Contains, literal, null);
                    return true;
                }

                if (TryCompile(fingerprint.Pattern) is not { } regex)
                {
                    return false;
                }

                rule = new PatternRule(index, PatternKind.Regexp, fingerprint.Pattern, regex, RegexGate.RequiredTexts(fingerprint.Pattern));
                return true;
            default:
                return false;
        }
    }

    private static Regex? TryCompile(string pattern)
    {
        try
        {
            // Both upstream pipelines compile with DOTALL (Python re.DOTALL), hence Singleline.
            // The interpreter, not NonBacktracking or Compiled: building ~50 of those costs seconds
            // at start, and with gates the regexes rarely run; the timeout bounds the bad cases.
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);
        }
        catch (ArgumentException)
        {
            // Python syntax .NET does not accept: the pattern is left out and counted.
            return null;
        }
    }

    internal static string NormalizeDnsAnswer(string answer)
    {
        var trimmed = answer.Trim().TrimEnd('.');
        // IPv6 has many spellings of one address; IPv4 answers and patterns are already dotted quads.
        if (trimmed.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(trimmed, out var address))
        {
            return address.ToString();
        }

        return trimmed.ToLowerInvariant();
    }

    private static string? FindHeader(IReadOnlyDictionary<string, string> headers, string lowercaseName)
    {
        if (headers.TryGetValue(lowercaseName, out var value))
        {
            return value;
        }

        foreach (var (name, candidate) in headers)
        {
            if (string.Equals(name, lowercaseName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void AppendHeaderName(StringBuilder builder, string name)
    {
        var startOfPart = true;
        foreach (var c in name)
        {
            builder.Append(startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfPart = c == '-';
        }
    }

    private static int LeadKey(ReadOnlySpan<char> text) =>
        (text[0] << 16) | (text.Length > 1 ? text[1] : NoSecondChar);

    private static void MatchRules(PatternRule[] rules, string text, bool[] seen, HashSet<int> hits)
    {
        foreach (var rule in rules)
        {
            if (rule.GateOpen(seen) && rule.IsMatch(text))
            {
                hits.Add(rule.Index);
            }
        }
    }

    private void FindLiterals(string text, int bodyStart, HashSet<int> hits, bool[] seen)
    {
        if (_literalSearch is null)
        {
            return;
        }

        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var offset = span[position..].IndexOfAny(_literalSearch);
            if (offset < 0)
            {
                break;
            }

            var at = position + offset;
            var rest = span[at..];
            var beforeBody = at < bodyStart;
            CheckLiteralsAt(rest, LeadKey(rest), beforeBody, hits, seen);
            if (rest.Length > 1)
            {
                CheckLiteralsAt(rest, LeadKey(rest[..1]), beforeBody, hits, seen);
            }

            position = at + 1;
        }
    }

    private void CheckLiteralsAt(ReadOnlySpan<char> rest, int leadKey, bool beforeBody, HashSet<int> hits, bool[] seen)
    {
        if (!_literalsByLead.TryGetValue(leadKey, out var rules))
        {
            return;
        }

        foreach (var rule in rules)
        {
            if ((!rule.BodyOnly || !beforeBody) && rest.StartsWith(rule.Text, StringComparison.Ordinal))
            {
                if (rule.IsGate)
                {
                    seen[rule.GateSlot] = true;
                }
                else
                {
                    hits.Add(rule.Index);
                }
            }
        }
    }

    private FingerprintMatch[] ToMatches(HashSet<int> hits)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var indexes = hits.ToArray();
        Array.Sort(indexes);
        return Array.ConvertAll(indexes, i => _matches[i]);
    }
}
