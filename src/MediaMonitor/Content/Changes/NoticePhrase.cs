namespace MediaMonitor.Content.Changes;

/// <summary>A phrase that marks a page as a notice rather than an article, and the reason it stands for.</summary>
internal sealed record NoticePhrase(string Reason, string Phrase);
