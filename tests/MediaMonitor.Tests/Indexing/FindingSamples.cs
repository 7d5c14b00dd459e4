using MediaMonitor.Analysis;
using MediaMonitor.Content.Monitoring;
using MediaMonitor.Evidence;
using MediaMonitor.Probing;
using MediaMonitor.Signals;
using MediaMonitor.Signals.Legal;

namespace MediaMonitor.Tests.Indexing;

/// <summary>Findings with every optional field set, so their documents show every field the indexer can write.</summary>
internal static class FindingSamples
{
    public static PageSnapshot Snapshot(DateTimeOffset at, string url, string change) => new()
    {
        Id = Guid.CreateVersion7(at),
        Url = url,
        Outlet = "ratel",
        List = "kz",
        Role = ContentMonitor.ArticleRole,
        FetchedAt = at,
        Outcome = FetchOutcomes.Good,
        HttpStatus = 200,
        Title = "Иск к Ratel.kz",
        Text = "Текст статьи",
        TextSha256 = new string('c', 64),
        ChangeKind = change,
        Similarity = 0.42,
        ComparedWith = Guid.CreateVersion7(at.AddDays(-1)),
        Warc = new WarcLocation("warc/a.warc.gz", 10, 20, new string('d', 64)),
    };

    public static Signal LegalSignal(DateTimeOffset at, PageSnapshot snapshot, PageSnapshot previous) => new()
    {
        Id = "legal-" + snapshot.Id.ToString("N"),
        Kind = LegalKinds.Lawsuit,
        DetectedAt = at,
        Url = snapshot.Url,
        Outlet = snapshot.Outlet,
        List = snapshot.List,
        Reason = "rule ru/lawsuit",
        Summary = "lawsuit against ratel",
        Similarity = 0.5,
        Current = new SnapshotEvidence(snapshot.Id.ToString(), snapshot.Url, at, 200, null, snapshot.Title, snapshot.TextSha256, "Аким подал иск", "warc/a.warc.gz", 10, 20, new string('d', 64)),
        Previous = new SnapshotEvidence(previous.Id.ToString(), snapshot.Url, previous.FetchedAt, 200, null, snapshot.Title, new string('e', 64), "Раньше", "warc/b.warc.gz", 30, 40, new string('f', 64)),
        Subject = "ratel",
        Person = "Марат Асипов",
        Confidence = 0.8,
        Evidence = "Аким подал иск о защите чести к Ratel.kz и требует 50 млн тенге.",
        Title = snapshot.Title,
        PublishedAt = at.AddHours(-2),
        Details = new LegalDetails("ст. 130 УК РК", 50_000_000m, "KZT", "Алмалинский районный суд", "аким"),
        EventId = "event-1",
    };

    public static Measurement FullMeasurement(DateTimeOffset at) => IndexingHarness.Sample(at, verdict: VerdictStatus.Blocked, method: BlockingMethod.TlsInterception) with
    {
        Tls = new TlsResult("vlast.kz", "TLS 1.3", "TLS_AES_128_GCM_SHA256", [new CertificateInfo("CN=vlast.kz", "CN=Qaznet Trust Network", at, at.AddYears(1), new string('9', 64))], null, 3),
        Verdict = new Verdict(VerdictStatus.Blocked, BlockingMethod.TlsInterception, 0.95, ["certificate issued by a known interception authority"]) { ServerSideBlock = "captcha" },
        Control = IndexingHarness.Sample(at, vantage: "control") with { Failure = "connection_reset" },
    };
}
