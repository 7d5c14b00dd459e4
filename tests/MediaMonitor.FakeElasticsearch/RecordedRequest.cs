namespace MediaMonitor.FakeElasticsearch;

/// <summary>A request as the fake received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, string? Authorization, string Body);
