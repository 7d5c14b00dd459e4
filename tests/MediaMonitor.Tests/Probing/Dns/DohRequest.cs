namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>How a DoH request arrived at the test server.</summary>
internal sealed record DohRequest(string Method, string Path, string? ContentType, string Accept, string Protocol);
