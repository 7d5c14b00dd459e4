using System.Globalization;
using System.Text.Json;

namespace MediaMonitor.Sites;

/// <summary>
/// Everything in config/sites and config/outlets, read and checked together: the site lists by
/// name (file name without .csv), the outlets, and every problem found, as file:line: reason.
/// Rows with problems are left out of the lists; the rest still load.
/// </summary>
public sealed class SiteCatalog
{
    private readonly List<(string Domain, Outlet Outlet)> _domains;

    private SiteCatalog(IReadOnlyDictionary<string, IReadOnlyList<SiteEntry>> lists, IReadOnlyList<Outlet> outlets, IReadOnlyList<SiteProblem> problems)
    {
        Lists = lists;
        Outlets = outlets;
        Problems = problems;
        _domains = outlets
            .SelectMany(o => o.Domains.Select(d => (Domain: AsciiDomain(d), Outlet: o)))
            .OrderByDescending(d => d.Domain.Length)
            .ToList();
    }

    public IReadOnlyDictionary<string, IReadOnlyList<SiteEntry>> Lists { get; }
    public IReadOnlyList<Outlet> Outlets { get; }
    public IReadOnlyList<SiteProblem> Problems { get; }

    /// <summary>The outlet a host belongs to: its own domain or a parent domain, the longest match.</summary>
    public Outlet? OutletFor(string host)
    {
        host = AsciiDomain(host);
        foreach (var (domain, outlet) in _domains)
        {
            if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>Reads config/sites/*.csv and config/outlets/*.json below <paramref name="configFolder"/>.</summary>
    public static SiteCatalog Load(string configFolder, CategoryCodes? categories = null)
    {
        categories ??= CategoryCodes.Default;
        var problems = new List<SiteProblem>();
        var outlets = LoadOutlets(Path.Combine(configFolder, "outlets"), problems);
        var partial = new SiteCatalog(new Dictionary<string, IReadOnlyList<SiteEntry>>(), outlets, []);

        var lists = new Dictionary<string, IReadOnlyList<SiteEntry>>(StringComparer.Ordinal);
        var sitesFolder = Path.Combine(configFolder, "sites");
        if (!Directory.Exists(sitesFolder))
        {
            problems.Add(new SiteProblem(sitesFolder, 0, "folder not found: site lists go in config/sites/*.csv"));
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(sitesFolder, "*.csv").Order(StringComparer.Ordinal))
            {
                var entries = ParseList(file, File.ReadAllText(file), categories, problems);
                var kept = new List<SiteEntry>();

                // Duplicates within a list; the same URL may well stand in two lists (kz and an imported one).
                var seen = new Dictionary<string, SiteEntry>(StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    var key = NormalizedKey(entry.Url);
                    if (seen.TryGetValue(key, out var first))
                    {
                        problems.Add(new SiteProblem(entry.File, entry.Line, $"duplicate of {first.File}:{first.Line} ({entry.Url})"));
                        continue;
                    }

                    seen[key] = entry;
                    if (partial.OutletFor(entry.Url.IdnHost) is null)
                    {
                        problems.Add(new SiteProblem(entry.File, entry.Line, $"missing outlet: no outlet in config/outlets lists the domain of {entry.Url.IdnHost}"));
                        continue;
                    }

                    kept.Add(entry);
                }

                lists[Path.GetFileNameWithoutExtension(file)] = kept;
            }
        }

        return new SiteCatalog(lists, outlets, problems);
    }

    /// <summary>Parses one site list; rows with problems are reported and left out.</summary>
    public static IReadOnlyList<SiteEntry> ParseList(string file, string text, CategoryCodes categories, List<SiteProblem> problems)
    {
        var (records, errors) = CsvReader.Parse(text);
        problems.AddRange(errors.Select(e => new SiteProblem(file, e.Line, e.Reason)));
        var entries = new List<SiteEntry>();
        if (records.Count == 0)
        {
            problems.Add(new SiteProblem(file, 1, $"empty file: expected the header {string.Join(',', SiteEntry.Columns)}"));
            return entries;
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(SiteEntry.Columns))
        {
            problems.Add(new SiteProblem(file, records[0].Line, $"header must be {string.Join(',', SiteEntry.Columns)} (found {string.Join(',', header)})"));
            return entries;
        }

        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != SiteEntry.Columns.Count)
            {
                problems.Add(new SiteProblem(file, record.Line, $"expected {SiteEntry.Columns.Count} fields, found {record.Fields.Count}"));
                continue;
            }

            var f = record.Fields;
            if (CheckUrl(f[0]) is { } urlProblem)
            {
                problems.Add(new SiteProblem(file, record.Line, urlProblem));
                continue;
            }

            if (!categories.Contains(f[1]))
            {
                problems.Add(new SiteProblem(file, record.Line, $"unknown category code '{f[1]}'"));
                continue;
            }

            if (f[3].Length > 0 && !DateOnly.TryParseExact(f[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add(new SiteProblem(file, record.Line, $"date_added '{f[3]}' is not a date of the form YYYY-MM-DD"));
                continue;
            }

            entries.Add(new SiteEntry(file, record.Line, new Uri(f[0]), f[1], f[2], f[3], f[4], f[5]));
        }

        return entries;
    }

    /// <summary>Why a URL cannot be a target, or null when it can.</summary>
    public static string? CheckUrl(string text)
    {
        if (text.Length == 0)
        {
            return "bad URL: empty";
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return $"bad URL '{text}': contains white space";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            return $"bad URL '{text}': not an absolute URL";
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"bad URL '{text}': scheme must be http or https";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return $"bad URL: credentials in URLs are refused";
        }

        if (url.Host.Length == 0 || (url.HostNameType == UriHostNameType.Dns && !url.IdnHost.Contains('.', StringComparison.Ordinal)))
        {
            return $"bad URL '{text}': host '{url.Host}' is not a domain name";
        }

        return null;
    }

    /// <summary>
    /// Two rows name the same target when scheme, host, port and path agree, case and a trailing
    /// slash aside. www.example.kz and example.kz stay apart: they can be blocked differently.
    /// </summary>
    public static string NormalizedKey(Uri url)
    {
        var host = AsciiDomain(url.IdnHost);
        var path = url.AbsolutePath.TrimEnd('/');
        return $"{url.Scheme}://{host}:{url.Port}{path}{url.Query}";
    }

    /// <summary>A domain as it travels on the wire: lower case, punycode for international names.</summary>
    internal static string AsciiDomain(string domain)
    {
        domain = domain.Trim().TrimEnd('.').ToLowerInvariant();
        try
        {
            return domain.Any(c => c > 127) ? new System.Globalization.IdnMapping().GetAscii(domain) : domain;
        }
        catch (ArgumentException)
        {
            return domain;
        }
    }

    private static IEnumerable<string> IgnoreRuleProblems(Outlet outlet)
    {
        foreach (var rule in outlet.Ignore)
        {
            foreach (var pattern in rule.Lines.Concat(rule.Blocks))
            {
                string? error = null;
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    error = e.Message;
                }

                if (error is not null)
                {
                    yield return $"ignore pattern '{pattern}' is not a valid regular expression: {error}";
                }
            }

            foreach (var selector in rule.Selectors.Where(s => !Content.ArticleExtractor.IsValidSelector(s)))
            {
                yield return $"ignore selector '{selector}' is not a valid CSS selector";
            }

            if (rule.UrlPrefix is { } prefix && CheckUrl(prefix) is { } reason)
            {
                yield return $"ignore urlPrefix {reason}";
            }
        }
    }

    // The JSON source generator sets absent init-only lists to null; an absent list means empty.
    private static Outlet Normalize(Outlet outlet) => outlet with
    {
        Country = outlet.Country ?? "",
        Languages = outlet.Languages ?? [],
        Domains = outlet.Domains ?? [],
        Aliases = outlet.Aliases ?? [],
        Feeds = outlet.Feeds ?? [],
        People = outlet.People ?? [],
        Tags = outlet.Tags ?? [],
        Ignore = [.. (outlet.Ignore ?? []).Select(r => r with { Selectors = r.Selectors ?? [], Lines = r.Lines ?? [], Blocks = r.Blocks ?? [] })],
    };

    private static List<Outlet> LoadOutlets(string folder, List<SiteProblem> problems)
    {
        var outlets = new List<Outlet>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new SiteProblem(folder, 0, "folder not found: outlet metadata goes in config/outlets/*.json"));
            return outlets;
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            OutletFile? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize(File.ReadAllText(file), SitesJson.Default.OutletFile);
            }
            catch (JsonException e)
            {
                problems.Add(new SiteProblem(file, (int)(e.LineNumber ?? -1) + 1, $"not valid outlet JSON: {e.Message.Split(" Path:")[0]}"));
                continue;
            }

            if (parsed?.Outlets is null)
            {
                problems.Add(new SiteProblem(file, 1, "expected an object with an \"outlets\" array"));
                continue;
            }

            foreach (var read in parsed.Outlets)
            {
                var outlet = Normalize(read);
                var where = $"outlet '{outlet.Id}'";
                if (string.IsNullOrWhiteSpace(outlet.Id) || string.IsNullOrWhiteSpace(outlet.Name))
                {
                    problems.Add(new SiteProblem(file, 0, $"{where}: id and name are required"));
                    continue;
                }

                if (ids.TryGetValue(outlet.Id, out var other))
                {
                    problems.Add(new SiteProblem(file, 0, $"{where}: duplicate id (also in {other})"));
                    continue;
                }

                // IP addresses are accepted too: outlets reached by address, and test farms on loopback.
                var bad = outlet.Domains.Where(d => Uri.CheckHostName(d) switch
                {
                    UriHostNameType.Dns => !d.Contains('.', StringComparison.Ordinal),
                    UriHostNameType.IPv4 or UriHostNameType.IPv6 => false,
                    _ => true,
                }).ToList();
                if (outlet.Domains.Count == 0 || bad.Count > 0)
                {
                    problems.Add(new SiteProblem(file, 0, outlet.Domains.Count == 0 ? $"{where}: no domains" : $"{where}: not a domain name: {string.Join(", ", bad)}"));
                    continue;
                }

                foreach (var feed in outlet.Feeds.Where(f => CheckUrl(f) is not null))
                {
                    problems.Add(new SiteProblem(file, 0, $"{where}: feed {CheckUrl(feed)}"));
                }

                var ignoreProblems = IgnoreRuleProblems(outlet).ToList();
                problems.AddRange(ignoreProblems.Select(p => new SiteProblem(file, 0, $"{where}: {p}")));
                if (ignoreProblems.Count > 0)
                {
                    continue;
                }

                ids[outlet.Id] = file;
                outlets.Add(outlet);
            }
        }

        return outlets;
    }
}
