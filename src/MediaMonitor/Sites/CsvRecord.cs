namespace MediaMonitor.Sites;

/// <summary>One CSV record and the line it starts on (1-based), for messages of the form file:line.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
