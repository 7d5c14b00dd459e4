using System.Text.Json;
using System.Text.RegularExpressions;
using MediaMonitor.Sites;

namespace MediaMonitor.Signals.Legal;

/// <summary>
/// The rules of config/signals/*.json, compiled. Every file applies to every text: patterns are
/// language-specific by their letters anyway, and news mixes languages. A bad pattern is reported
/// with its file and where it sits, and the rest still load.
/// </summary>
internal sealed partial class LegalRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private LegalRules(IReadOnlyList<CompiledKind> kinds, Regex? actors, Regex? sourceCues, Regex? negations, Regex? background, int window, Regex? denials, Regex? pronouns, Regex? history, Regex? otherRoles, Regex? personActors, Regex? content, Regex? furniture)
    {
        Content = content;
        Furniture = furniture;
        OtherRoles = otherRoles;
        PersonActors = personActors;
        Denials = denials;
        History = history;
        Pronouns = pronouns;
        Kinds = kinds;
        Actors = actors;
        SourceCues = sourceCues;
        Negations = negations;
        Background = background;
        Window = window;
    }

    public IReadOnlyList<CompiledKind> Kinds { get; }
    public Regex? Actors { get; }
    public Regex? SourceCues { get; }
    public Regex? Negations { get; }
    public Regex? Background { get; }
    public Regex? Denials { get; }
    public Regex? History { get; }
    public Regex? Pronouns { get; }
    public Regex? OtherRoles { get; }
    public Regex? PersonActors { get; }
    public Regex? Content { get; }

    /// <summary>Matches at the start of a line that is page furniture (see <see cref="LegalRuleFile.Furniture"/>).</summary>
    public Regex? Furniture { get; }
    public int Window { get; }

    /// <summary>Reads every *.json in <paramref name="folder"/>; problems are returned as file: reason.</summary>
    public static LegalRules Load(string folder, List<SiteProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!Directory.Exists(folder))
        {
            problems.Add(new SiteProblem(folder, 0, "folder not found: legal signal rules go in config/signals/*.json"));
            return Parse([], problems);
        }

        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        return Parse(files, problems);
    }

    public static LegalRules Parse(IReadOnlyList<(string File, string Json)> files, List<SiteProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(problems);
        var actors = new List<string>();
        var sources = new List<string>();
        var negations = new List<string>();
        var background = new List<string>();
        var denials = new List<string>();
        var pronouns = new List<string>();
        var history = new List<string>();
        var otherRoles = new List<string>();
        var personActors = new List<string>();
        var content = new List<string>();
        var furniture = new List<string>();
        var kinds = new Dictionary<string, (List<CompiledTrigger> Triggers, List<string> Negative, List<string> Actors, List<string> PartOf)>(StringComparer.Ordinal);
        var leadSubject = new HashSet<string>(StringComparer.Ordinal);
        var sameStory = new HashSet<string>(StringComparer.Ordinal);
        var window = 0;
        foreach (var (file, json) in files)
        {
            LegalRuleFile? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize(json, LegalRulesJson.Default.LegalRuleFile);
            }
            catch (JsonException e)
            {
                problems.Add(new SiteProblem(file, (int)(e.LineNumber ?? -1) + 1, $"not valid rules JSON: {e.Message.Split(" Path:")[0]}"));
                continue;
            }

            if (parsed is null)
            {
                continue;
            }

            window = Math.Max(window, parsed.Window);
            actors.AddRange(Valid(file, "actors", parsed.Actors ?? [], problems));
            sources.AddRange(Valid(file, "sourceCues", parsed.SourceCues ?? [], problems));
            negations.AddRange(Valid(file, "negations", parsed.Negations ?? [], problems));
            background.AddRange(Valid(file, "background", parsed.Background ?? [], problems));
            denials.AddRange(Valid(file, "denials", parsed.Denials ?? [], problems));
            pronouns.AddRange(Valid(file, "pronouns", parsed.Pronouns ?? [], problems));
            history.AddRange(Valid(file, "history", parsed.History ?? [], problems));
            otherRoles.AddRange(Valid(file, "otherRoles", parsed.OtherRoles ?? [], problems));
            personActors.AddRange(Valid(file, "personActors", parsed.PersonActors ?? [], problems));
            content.AddRange(Valid(file, "content", parsed.Content ?? [], problems));
            furniture.AddRange(Valid(file, "furniture", parsed.Furniture ?? [], problems));
            foreach (var kind in parsed.Kinds ?? [])
            {
                if (!LegalKinds.All.Contains(kind.Kind, StringComparer.Ordinal))
                {
                    problems.Add(new SiteProblem(file, 0, $"unknown kind '{kind.Kind}' (known: {string.Join(", ", LegalKinds.All)})"));
                    continue;
                }

                if (!kinds.TryGetValue(kind.Kind, out var compiled))
                {
                    compiled = ([], [], [], []);
                    kinds[kind.Kind] = compiled;
                }

                foreach (var container in kind.PartOf ?? [])
                {
                    if (LegalKinds.All.Contains(container, StringComparer.Ordinal) && container != kind.Kind)
                    {
                        compiled.PartOf.Add(container);
                    }
                    else
                    {
                        problems.Add(new SiteProblem(file, 0, $"{kind.Kind}.partOf: '{container}' is not another kind (known: {string.Join(", ", LegalKinds.All)})"));
                    }
                }

                if (kind.LeadSubject)
                {
                    leadSubject.Add(kind.Kind);
                }

                if (kind.SameStory)
                {
                    sameStory.Add(kind.Kind);
                }

                compiled.Negative.AddRange(Valid(file, $"{kind.Kind}.negative", kind.Negative ?? [], problems));
                compiled.Actors.AddRange(Valid(file, $"{kind.Kind}.actors", kind.Actors ?? [], problems));
                foreach (var trigger in kind.Triggers ?? [])
                {
                    if (Valid(file, $"{kind.Kind}.triggers", [trigger.Pattern ?? ""], problems).Count == 0)
                    {
                        continue;
                    }

                    var requires = Valid(file, $"{kind.Kind}.triggers.requires", trigger.Requires ?? [], problems);
                    compiled.Triggers.Add(new CompiledTrigger(Word(trigger.Pattern!), requires.Count == 0 ? null : Any(requires), trigger.NeedsActor, trigger.Weight, trigger.Pattern!, trigger.News, trigger.TargetBefore));
                }
            }
        }

        var result = kinds
            .Select(k => new CompiledKind(k.Key, k.Value.Triggers, k.Value.Negative.Count == 0 ? null : Any(k.Value.Negative), k.Value.Actors.Count == 0 ? null : Any(k.Value.Actors), [.. k.Value.PartOf.Distinct(StringComparer.Ordinal)], leadSubject.Contains(k.Key), sameStory.Contains(k.Key)))
            .OrderBy(k => LegalKinds.All.ToList().IndexOf(k.Kind))
            .ToList();
        return new LegalRules(result, Maybe(actors), Maybe(sources), Maybe(negations), Maybe(background), window == 0 ? 12 : window, Maybe(denials), Maybe(pronouns), Maybe(history), Maybe(otherRoles), Maybe(personActors), Maybe(content), furniture.Count == 0 ? null : LineStart(furniture));
    }

    private static List<string> Valid(string file, string where, IReadOnlyList<string> patterns, List<SiteProblem> problems)
    {
        var valid = new List<string>();
        foreach (var pattern in patterns)
        {
            if (string.IsNullOrWhiteSpace(pattern))
            {
                problems.Add(new SiteProblem(file, 0, $"{where}: empty pattern"));
                continue;
            }

            // Patterns match whole words, so one that ends in a space ("block(ing)? (of |access to )") never matches.
            if (TrailingSpace().IsMatch(pattern))
            {
                problems.Add(new SiteProblem(file, 0, $"{where}: '{pattern}' ends with a space, so it can never match: patterns match whole words; drop the space"));
                continue;
            }

            try
            {
                _ = new Regex(pattern, Options, MatchTimeout);
                valid.Add(pattern);
            }
            catch (ArgumentException e)
            {
                problems.Add(new SiteProblem(file, 0, $"{where}: '{pattern}' is not a valid regular expression: {e.Message}"));
            }
        }

        return valid;
    }

    [GeneratedRegex(@"\s\)*$")]
    private static partial Regex TrailingSpace();

    private static Regex? Maybe(List<string> patterns) => patterns.Count == 0 ? null : Any(patterns);

    // Whole words only: "иск" must not match inside "поиска".
    private static Regex Any(IEnumerable<string> patterns) =>
        new(@"(?<!\w)(?:" + Alternation(patterns) + @")(?!\w)", Options, MatchTimeout);

    private static Regex Word(string pattern) => Any([pattern]);

    // A line's first words, after any spaces or bullet: "Читайте также: ...", "• Read more: ...".
    private static Regex LineStart(IEnumerable<string> patterns) =>
        new(@"^[\s•*\->–—]*(?:" + Alternation(patterns) + @")(?!\w)", Options, MatchTimeout);

    private static string Alternation(IEnumerable<string> patterns) => string.Join('|', patterns.Select(p => $"(?:{p})"));
}
