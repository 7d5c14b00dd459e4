namespace MediaMonitor.Content;

/// <summary>The main text of a page: its title (null when none was found) and its body, paragraphs separated by newlines.</summary>
public sealed record ExtractedArticle(string? Title, string Text);
