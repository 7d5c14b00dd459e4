using System.Text.Json.Nodes;
using MediaMonitor.Analysis;
using MediaMonitor.Indexing;
using MediaMonitor.Probing;

namespace MediaMonitor.Tests.Indexing;

/// <summary>What a measurement's index document takes from its stored JSON, and what it leaves (the control's own DNS and TLS).</summary>
public sealed class FindingDocumentsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Measurement_TakesItsOwnAddressesAndLeafCertificate_NotTheControls()
    {
        var m = IndexingHarness.Sample(T0) with
        {
            Dns = new DnsResult("system", "vlast.kz", ["10.0.0.1", "not-an-address", "2001:db8::1"], null, 1),
            Tls = new TlsResult("vlast.kz", "TLS 1.2", null,
            [
                new CertificateInfo("CN=vlast.kz", "CN=Leaf Issuer", T0, T0.AddDays(90), new string('1', 64)),
                new CertificateInfo("CN=Leaf Issuer", "CN=Root", T0, T0.AddYears(5), new string('2', 64)),
            ], null, 2),
            Control = IndexingHarness.Sample(T0, vantage: "control") with
            {
                Dns = new DnsResult("system", "vlast.kz", ["192.0.2.77"], null, 1),
                Tls = new TlsResult("vlast.kz", "TLS 1.3", null, [new CertificateInfo("CN=vlast.kz", "CN=Control Issuer", T0, T0.AddDays(90), new string('3', 64))], null, 2),
            },
        };

        var doc = await DocumentAsync(m);

        Assert.Equal(["10.0.0.1", "2001:db8::1"], doc["addresses"]!.AsArray().Select(a => (string)a!).ToArray());
        Assert.Equal("TLS 1.2", (string?)doc["tls_version"]);
        Assert.Equal("CN=Leaf Issuer", (string?)doc["certificate_issuer"]);
        Assert.Equal(new string('1', 64), (string?)doc["certificate_sha256"]);
    }

    [Fact]
    public async Task Measurement_FailedAtDnsWithoutVerdict_HasNoAddressTlsOrEvidenceAndCountsAsFailure()
    {
        var m = IndexingHarness.Sample(T0, verdict: null) with
        {
            Dns = new DnsResult("system", "vlast.kz", [], "dns_nxdomain_error", 1),
            Tls = null,
            Http = null,
            Failure = "dns_nxdomain_error",
            FailedPhase = "dns",
        };

        var doc = await DocumentAsync(m);

        Assert.Null(doc["addresses"]);
        Assert.Null(doc["tls_version"]);
        Assert.Null(doc["evidence"]);
        Assert.Null(doc["verdict"]);
        Assert.Equal("failure", (string?)doc["outcome"]);
        Assert.Equal("dns_nxdomain_error", (string?)doc["failure"]);
    }

    [Theory]
    [InlineData(VerdictStatus.Ok, null, "ok", false)]
    [InlineData(VerdictStatus.Blocked, BlockingMethod.Blockpage, "anomaly", true)]
    [InlineData(VerdictStatus.Blocked, BlockingMethod.Dns, "anomaly", false)]
    [InlineData(VerdictStatus.Unknown, null, "anomaly", false)]
    [InlineData(VerdictStatus.Down, null, "failure", false)]
    [InlineData(null, null, "failure", false)]
    public void OutcomeAndConfirmed_FollowOonisGrouping(string? verdict, string? method, string outcome, bool confirmed)
    {
        Assert.Equal(outcome, FindingDocuments.Outcome(verdict));
        Assert.Equal(confirmed, FindingDocuments.IsConfirmed(verdict, method));
    }

    private static async Task<JsonNode> DocumentAsync(Measurement m)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Store.AppendAsync(m, ct);
        await h.Indexer().DrainAsync(true, null, ct);
        return JsonNode.Parse(h.Es.Indices["mm-measurements-2026.11"][m.Id.ToString()])!;
    }
}
