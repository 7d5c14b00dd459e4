using System.Net;

namespace MediaMonitor.Evidence;

/// <summary>One HTTP request and its response, with what MediaMonitor concluded about it, to be kept as evidence.</summary>
/// <param name="TargetUri">The URI requested.</param>
/// <param name="Request">The request sent.</param>
/// <param name="Response">The response received.</param>
/// <param name="RemoteIp">The address that answered, or null when unknown (through a proxy, say).</param>
/// <param name="Time">When the request was sent; written as WARC-Date in UTC.</param>
public sealed record WarcExchange(Uri TargetUri, WarcHttpRequest Request, WarcHttpResponse Response, IPAddress? RemoteIp, DateTimeOffset Time)
{
    /// <summary>Written as <c>key: value</c> lines in the metadata record: measurement id, vantage, verdict...</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];
}
