using System.Reflection;

namespace MediaMonitor.Sites;

/// <summary>
/// Citizen Lab's category codes (Sites/categories.csv, embedded; source and licence in
/// Sites/categories.README.md). Old codes are accepted too: researchers' lists still use them.
/// </summary>
public sealed class CategoryCodes
{
    private readonly Dictionary<string, string> _names;

    private CategoryCodes(Dictionary<string, string> names) => _names = names;

    public static CategoryCodes Default { get; } = LoadEmbedded();

    public bool Contains(string code) => _names.ContainsKey(code);

    public string? NameOf(string code) => _names.GetValueOrDefault(code);

    public int Count => _names.Count;

    private static CategoryCodes LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MediaMonitor.Sites.categories.csv")
            ?? throw new InvalidOperationException("categories.csv is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var (records, _) = CsvReader.Parse(reader.ReadToEnd());
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count >= 2)
            {
                names.TryAdd(record.Fields[0], record.Fields[1]);
            }
        }

        return new CategoryCodes(names);
    }
}
