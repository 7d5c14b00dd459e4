namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>A query a test server received, as it arrived.</summary>
internal sealed record ReceivedQuery(string Transport, ushort Id, string Name, ushort Type);
