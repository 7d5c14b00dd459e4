using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace MediaMonitor.Probing.Dns;

/// <summary>What the UDP and DoH clients share: the query name, reply matching, and turning two replies into a lookup.</summary>
internal static class DnsLookupBuilder
{
    // A chain longer than this is a misconfiguration or an attempt to make us loop; resolvers stop near here too.
    private const int MaxCnameHops = 16;

    private static readonly IdnMapping Idn = new();

    /// <summary>The name as it goes on the wire: IDNA ASCII, lowercase, no trailing dot.</summary>
    /// <exception cref="ArgumentException">The host is empty or not a valid IDNA name.</exception>
    public static string QueryName(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var trimmed = host.EndsWith('.') ? host[..^1] : host;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The host is the root; there is nothing to look up.", nameof(host));
        }

        // IdnMapping is documented thread-safe for GetAscii; sharing it avoids an allocation per lookup.
        var ascii = Idn.GetAscii(trimmed);
        var lower = new char[ascii.Length];
        Ascii.ToLower(ascii, lower, out _);
        var name = new string(lower);
        // Validates label and name lengths now, so both queries cannot fail later for the same reason.
        _ = DnsMessage.BuildQuery(0, name, DnsRecordTypes.A);
        return name;
    }

    public static ushort NewId() => (ushort)RandomNumberGenerator.GetInt32(0, 0x10000);

    /// <summary>
    /// Whether <paramref name="response"/> answers our query: a reply with our id and our question.
    /// Some servers drop the question from an error reply, so an error rcode without one is accepted.
    /// </summary>
    public static bool Matches(DnsResponse response, ushort id, string name, ushort qtype)
    {
        if (!response.IsResponse || response.Id != id)
        {
            return false;
        }

        if (response.Questions.Count == 0)
        {
            return response.Rcode != DnsRcodes.NoError;
        }

        return response.Questions is [var q]
            && q.Type == qtype
            && q.Class == DnsRecordTypes.ClassInternet
            && string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase);
    }

    public static DnsQueryResult Evaluate(DnsExchange exchange, string name, ushort qtype)
    {
        if (exchange.Response is not { } response)
        {
            return new DnsQueryResult([], [], string.Empty, exchange.Failure ?? Failures.DnsServerMisbehaving, exchange.HttpStatus);
        }

        var (addresses, cnames) = FollowChain(response, name, qtype);
        var failure = DnsFailures.FromRcode(response.Rcode) ?? (addresses.Count == 0 ? Failures.DnsNoAnswer : null);
        return new DnsQueryResult(addresses, cnames, DnsRcodes.Name(response.Rcode), failure, exchange.HttpStatus);
    }

    /// <summary>
    /// Combines the A and AAAA results the way OONI's netxlite does: addresses from both (A first),
    /// and a failure only when neither gave an address, then the A query's failure.
    /// </summary>
    /// <summary>A and AAAA asked at once through <paramref name="exchange"/>, timed together, and combined.</summary>
    public static async Task<DnsLookup> LookupAsync(
        string resolver, string host, Func<string, ushort, CancellationToken, Task<DnsExchange>> exchange, TimeProvider time, CancellationToken cancellationToken)
    {
        var name = QueryName(host);
        var start = time.GetTimestamp();
        var a = exchange(name, DnsRecordTypes.A, cancellationToken);
        var aaaa = exchange(name, DnsRecordTypes.Aaaa, cancellationToken);
        await Task.WhenAll(a, aaaa).ConfigureAwait(false);
        var ms = time.GetElapsedTime(start).TotalMilliseconds;
        return Build(
            resolver,
            host,
            Evaluate(await a.ConfigureAwait(false), name, DnsRecordTypes.A),
            Evaluate(await aaaa.ConfigureAwait(false), name, DnsRecordTypes.Aaaa),
            ms);
    }

    public static DnsLookup Build(string resolver, string host, DnsQueryResult a, DnsQueryResult aaaa, double ms)
    {
        List<IPAddress> addresses = [.. a.Addresses, .. aaaa.Addresses];
        var cnames = a.Cnames.ToList();
        foreach (var cname in aaaa.Cnames)
        {
            if (!cnames.Contains(cname, StringComparer.OrdinalIgnoreCase))
            {
                cnames.Add(cname);
            }
        }

        var rcode = a.Rcode.Length > 0 ? a.Rcode : aaaa.Rcode;
        var failure = addresses.Count > 0 ? null : a.Failure ?? aaaa.Failure ?? Failures.DnsNoAnswer;
        return new DnsLookup(resolver, host, addresses, cnames, rcode, failure, ms)
        {
            HttpStatus = a.HttpStatus ?? aaaa.HttpStatus,
        };
    }

    /// <summary>
    /// Walks CNAMEs from the question name and keeps only addresses of the chain's last name, so
    /// records a resolver or an injector adds for unrelated names do not count as answers.
    /// </summary>
    private static (List<IPAddress> Addresses, List<string> Cnames) FollowChain(DnsResponse response, string name, ushort qtype)
    {
        var current = name;
        var cnames = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        while (cnames.Count < MaxCnameHops
            && response.Answers.FirstOrDefault(r => r.Type == DnsRecordTypes.Cname && r.Target is not null && SameName(r.Name, current)) is { Target: { } target }
            && seen.Add(target))
        {
            cnames.Add(target);
            current = target;
        }

        var addresses = response.Answers
            .Where(r => r.Type == qtype && r.Address is not null && SameName(r.Name, current))
            .Select(r => r.Address!)
            .ToList();
        return (addresses, cnames);
    }

    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
