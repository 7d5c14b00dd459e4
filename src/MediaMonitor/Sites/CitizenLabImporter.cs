using System.Text;
using System.Text.Json;

namespace MediaMonitor.Sites;

/// <summary>
/// Turns a Citizen Lab test list into a site list of ours: rows kept as they are (same columns),
/// bad rows and duplicates reported and left out, and an outlet stub created for every host that
/// no outlet lists yet, so that the result validates and staff can fill the stubs in later.
/// </summary>
public static class CitizenLabImporter
{
    public sealed record Result(string SiteListPath, int Rows, string? OutletsPath, int NewOutlets, IReadOnlyList<SiteProblem> Problems);

    public static Result Import(string sourceFile, string configFolder, string listName, IReadOnlyCollection<string> categories, string country, bool force)
    {
        var problems = new List<SiteProblem>();
        var entries = SiteCatalog.ParseList(sourceFile, File.ReadAllText(sourceFile), CategoryCodes.Default, problems);
        if (categories.Count > 0)
        {
            entries = entries.Where(e => categories.Contains(e.CategoryCode, StringComparer.OrdinalIgnoreCase)).ToList();
        }

        var sitesFolder = Path.Combine(configFolder, "sites");
        var target = Path.Combine(sitesFolder, listName + ".csv");
        if (File.Exists(target) && !force)
        {
            throw new IOException($"{target} exists: choose another --name or add --force to overwrite it");
        }

        var existing = SiteCatalog.Load(configFolder);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var csv = new StringBuilder(string.Join(',', SiteEntry.Columns)).Append('\n');
        var kept = new List<SiteEntry>();
        foreach (var entry in entries)
        {
            if (!seen.Add(SiteCatalog.NormalizedKey(entry.Url)))
            {
                problems.Add(new SiteProblem(sourceFile, entry.Line, $"duplicate of an earlier row ({entry.Url}); left out"));
                continue;
            }

            kept.Add(entry);
            csv.AppendJoin(',', new[] { entry.Url.OriginalString, entry.CategoryCode, entry.CategoryDescription, entry.DateAdded, entry.Source, entry.Notes }.Select(CsvReader.Escape)).Append('\n');
        }

        // Hosts whose outlet is not known yet get a stub named after the registrable-looking domain.
        var stubs = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        var takenIds = existing.Outlets.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in kept)
        {
            var host = entry.Url.IdnHost.ToLowerInvariant();
            if (existing.OutletFor(host) is not null)
            {
                continue;
            }

            var domain = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            if (stubs.ContainsKey(domain))
            {
                continue;
            }

            var id = UniqueId(domain, takenIds);
            stubs[domain] = new Outlet { Id = id, Name = domain, Country = country, Domains = [domain], Tags = ["imported"] };
        }

        Directory.CreateDirectory(sitesFolder);
        File.WriteAllText(target, csv.ToString(), new UTF8Encoding(false));
        string? outletsPath = null;
        if (stubs.Count > 0)
        {
            var outletsFolder = Path.Combine(configFolder, "outlets");
            Directory.CreateDirectory(outletsFolder);
            outletsPath = Path.Combine(outletsFolder, listName + "-imported.json");
            var previous = File.Exists(outletsPath)
                ? JsonSerializer.Deserialize(File.ReadAllText(outletsPath), SitesJson.Default.OutletFile)?.Outlets ?? []
                : [];
            var merged = previous.Concat(stubs.Values.Where(s => previous.All(p => p.Id != s.Id))).ToList();
            File.WriteAllText(outletsPath, JsonSerializer.Serialize(new OutletFile(merged), SitesJson.Default.OutletFile) + "\n", new UTF8Encoding(false));
        }

        return new Result(target, kept.Count, outletsPath, stubs.Count, problems);
    }

    private static string UniqueId(string domain, HashSet<string> taken)
    {
        var slug = new string(domain.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var id = slug;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }
}
