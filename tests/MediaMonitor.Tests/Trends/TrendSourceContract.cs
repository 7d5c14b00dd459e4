using MediaMonitor.Analysis;
using MediaMonitor.Probing;
using MediaMonitor.Tests.Indexing;
using MediaMonitor.Trends;

namespace MediaMonitor.Tests.Trends;

/// <summary>
/// One suite, every trend implementation: the store's SQL, Elasticsearch's aggregations on the fake
/// REST API, and on a real cluster when MEDIAMONITOR_TEST_ELASTICSEARCH_URL is set. Each subclass turns
/// the same measurements into a source; the expected rows are worked out by hand below.
/// </summary>
public abstract class TrendSourceContract
{
    private static readonly DateTimeOffset Nov2 = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero); // a Monday

    /// <summary>Stores the measurements where the implementation reads them and returns the source.</summary>
    protected abstract Task<ITrendSource> SourceAsync(IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken);

    internal static IReadOnlyList<Measurement> Sample() =>
    [
        IndexingHarness.Sample(Nov2.AddMinutes(-30)),                                                                // Sun 1 Nov 23:30, vlast ok
        IndexingHarness.Sample(Nov2.AddMinutes(10), verdict: VerdictStatus.Blocked, method: BlockingMethod.Blockpage), // confirmed
        IndexingHarness.Sample(Nov2.AddHours(5), vantage: "kz-2", verdict: VerdictStatus.Blocked, method: BlockingMethod.Dns),
        IndexingHarness.Sample(Nov2.AddHours(6), outlet: "ratel", url: "https://ratel.kz/", verdict: VerdictStatus.Unknown),
        IndexingHarness.Sample(Nov2.AddHours(7), outlet: "ratel", url: "https://ratel.kz/", verdict: VerdictStatus.Down),
        IndexingHarness.Sample(Nov2.AddHours(8), outlet: "ratel", url: "https://ratel.kz/", vantage: "kz-2", verdict: null),
        IndexingHarness.Sample(Nov2.AddHours(9), verdict: VerdictStatus.Blocked, method: BlockingMethod.Blockpage, retried: true), // counted by its last attempt only
        IndexingHarness.Sample(Nov2.AddDays(1).AddHours(10), outlet: null, url: "https://example.org/", category: null, country: "ZZ", network: "AS0"),
        IndexingHarness.Sample(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)),
        IndexingHarness.Sample(new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero), outlet: "ratel", url: "https://ratel.kz/"),
    ];

    [Fact]
    public async Task Query_DayByOutlet_CountsOutcomesPerDayAndOutlet()
    {
        var rows = await QueryAsync(new TrendQuery("day", ["outlet"], Nov2.AddDays(-1), Nov2.AddDays(2)));

        Assert.Equal(
        [
            Row(Nov2.AddDays(-1), ["vlast"], total: 1, ok: 1),
            Row(Nov2, ["ratel"], total: 3, anomaly: 1, failure: 2),
            Row(Nov2, ["vlast"], total: 2, anomaly: 2, confirmed: 1),
            Row(Nov2.AddDays(1), [null], total: 1, ok: 1),
        ], rows);
    }

    [Fact]
    public async Task Query_Week_StartsOnMondayAndSkipsRetriedAttempts()
    {
        var rows = await QueryAsync(new TrendQuery("week", [], new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(
        [
            Row(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), [], total: 2, ok: 2),
            Row(Nov2, [], total: 6, ok: 1, anomaly: 3, confirmed: 1, failure: 2),
            Row(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), [], total: 1, ok: 1),
        ], rows);
    }

    [Fact]
    public async Task Query_MonthByVantage_UsesCalendarMonths()
    {
        var rows = await QueryAsync(new TrendQuery("month", ["vantage"], new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(
        [
            Row(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), ["kz-1"], total: 1, ok: 1),
            Row(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), ["kz-1"], total: 5, ok: 2, anomaly: 2, confirmed: 1, failure: 1),
            Row(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), ["kz-2"], total: 2, anomaly: 1, failure: 1),
            Row(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), ["kz-1"], total: 1, ok: 1),
        ], rows);
    }

    [Fact]
    public async Task Query_TwoDimensionsWithFilter_GroupsByBothInOrder()
    {
        var rows = await QueryAsync(new TrendQuery("day", ["outlet", "vantage"], Nov2, Nov2.AddDays(2)) { Where = new Dictionary<string, string> { ["country"] = "KZ" } });

        Assert.Equal(
        [
            Row(Nov2, ["ratel", "kz-1"], total: 2, anomaly: 1, failure: 1),
            Row(Nov2, ["ratel", "kz-2"], total: 1, failure: 1),
            Row(Nov2, ["vlast", "kz-1"], total: 1, anomaly: 1, confirmed: 1),
            Row(Nov2, ["vlast", "kz-2"], total: 1, anomaly: 1),
        ], rows);
    }

    [Fact]
    public async Task Query_HourByMethod_UntilIsExclusive()
    {
        var rows = await QueryAsync(new TrendQuery("hour", ["method"], Nov2, Nov2.AddHours(6)));

        Assert.Equal(
        [
            Row(Nov2, ["blockpage"], total: 1, anomaly: 1, confirmed: 1),
            Row(Nov2.AddHours(5), ["dns"], total: 1, anomaly: 1),
        ], rows);
    }

    [Fact]
    public async Task Query_ManyBuckets_ReturnsEveryOne()
    {
        // More buckets than one page of a composite aggregation (1000).
        var ct = TestContext.Current.CancellationToken;
        var measurements = Enumerable.Range(0, 1100).Select(i => IndexingHarness.Sample(Nov2.AddHours(i))).ToList();
        var source = await SourceAsync(measurements, ct);

        var rows = await source.QueryAsync(new TrendQuery("hour", ["outlet"], Nov2, Nov2.AddDays(60)), ct);

        Assert.Equal(1100, rows.Count);
        Assert.All(rows, r => Assert.Equal((1L, 1L), (r.Total, r.Ok)));
        Assert.Equal(Nov2.AddHours(1099), rows[^1].Bucket);
    }

    [Fact]
    public async Task Query_NothingInRange_ReturnsNoRows()
    {
        Assert.Empty(await QueryAsync(new TrendQuery("day", ["outlet"], Nov2.AddYears(1), Nov2.AddYears(1).AddDays(1))));
    }

    private async Task<IReadOnlyList<TrendRow>> QueryAsync(TrendQuery query)
    {
        var ct = TestContext.Current.CancellationToken;
        var source = await SourceAsync(Sample(), ct);
        return await source.QueryAsync(query, ct);
    }

    private static TrendRow Row(DateTimeOffset bucket, string?[] keys, long total, long ok = 0, long anomaly = 0, long confirmed = 0, long failure = 0) =>
        new(bucket, keys, total, ok, anomaly, confirmed, failure);
}
