namespace MediaMonitor.Probing;

/// <summary>One TCP connect attempt to one address.</summary>
public sealed record TcpConnectResult(string Address, int Port, string? Failure, double Ms);
