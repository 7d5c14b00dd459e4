namespace MediaMonitor.Analysis;

/// <summary>
/// How the vantage's own baseline sites fared just before a cycle: whether the network works at
/// all, and how fast it normally is, so that a slow target can be told from a slow network.
/// </summary>
public sealed record VantageHealth(bool Online, int BaselinesOk, int BaselinesTotal, double? TlsMsMedian, double? BytesPerSecondMedian)
{
    public static VantageHealth Unchecked { get; } = new(true, 0, 0, null, null);
}
