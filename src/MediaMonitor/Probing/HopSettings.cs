using System.Security.Cryptography.X509Certificates;
using MediaMonitor.Configuration;
using MediaMonitor.Probing.Dns;

namespace MediaMonitor.Probing;

/// <summary>What the connect callback needs to know about how to reach a host from a vantage.</summary>
internal sealed record HopSettings(
    VantageOptions Vantage,
    IDnsClient? Resolver,
    int MaxAddresses,
    TimeSpan ConnectTimeout,
    IReadOnlyDictionary<string, string[]> StaticAnswers,
    X509Certificate2Collection ExtraRoots,
    bool AllowPrivateAddresses = true);
