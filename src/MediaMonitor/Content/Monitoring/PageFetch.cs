using MediaMonitor.Probing;

namespace MediaMonitor.Content.Monitoring;

/// <summary>One content fetch: the measurement (with the body kept), or robots.txt's refusal.</summary>
/// <param name="Url">The URL asked for.</param>
/// <param name="Measurement">The fetch; null when robots.txt disallowed it.</param>
internal sealed record PageFetch(Uri Url, Measurement? Measurement)
{
    public bool Disallowed => Measurement is null;

    public ReadOnlyMemory<byte> Body => Measurement?.Http?.Body ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>Where redirects led; the URL itself when there were none or when nothing was fetched.</summary>
    public Uri FinalUrl =>
        Measurement?.Http?.FinalUrl is { } final && Uri.TryCreate(final, UriKind.Absolute, out var uri) ? uri : Url;
}
