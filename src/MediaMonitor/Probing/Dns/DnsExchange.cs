namespace MediaMonitor.Probing.Dns;

/// <summary>How one query went over one transport: a reply that matched it, or a failure string.</summary>
internal sealed record DnsExchange(DnsResponse? Response, string? Failure, int? HttpStatus = null)
{
    public static DnsExchange Answered(DnsResponse response, int? httpStatus = null) => new(response, null, httpStatus);

    public static DnsExchange Failed(string failure, int? httpStatus = null) => new(null, failure, httpStatus);
}
