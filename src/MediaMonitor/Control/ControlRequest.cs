namespace MediaMonitor.Control;

/// <summary>What a probe sends to a control helper: the URL to measure.</summary>
public sealed record ControlRequest(string Url);
