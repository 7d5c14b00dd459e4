using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace MediaMonitor.Content.Changes;

/// <summary>Changed lines between two readable texts, as "- old" / "+ new", for a person to see what an edit was.</summary>
internal static class LineDiff
{
    public static string? Create(string before, string after, int maxLines)
    {
        var model = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: true, ignoreCase: false);
        var changed = model.Lines
            .Where(l => l.Type is ChangeType.Inserted or ChangeType.Deleted)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : "- ") + l.Text)
            .ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var line in changed.Take(maxLines))
        {
            text.Append(line).Append('\n');
        }

        if (changed.Count > maxLines)
        {
            text.Append("… ").Append(changed.Count - maxLines).Append(" more changed lines\n");
        }

        return text.ToString();
    }
}
