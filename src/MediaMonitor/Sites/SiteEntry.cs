namespace MediaMonitor.Sites;

/// <summary>One row of a site list, in the Citizen Lab test-list columns.</summary>
public sealed record SiteEntry(
    string File,
    int Line,
    Uri Url,
    string CategoryCode,
    string CategoryDescription,
    string DateAdded,
    string Source,
    string Notes)
{
    public static readonly IReadOnlyList<string> Columns = ["url", "category_code", "category_description", "date_added", "source", "notes"];
}
