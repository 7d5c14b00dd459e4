using MediaMonitor.Content.Monitoring;
using MediaMonitor.Evidence;
using MediaMonitor.Signals;
using MediaMonitor.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Storage;

public sealed class ContentRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    private readonly TestConfig _config = new();
    private readonly FakeTimeProvider _time = new(T0);

    public void Dispose() => _config.Dispose();

    [Fact]
    public async Task SaveCheckAsync_SameSignalTwice_IsStoredAndQueuedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = StoreFactory.Create(_config.DataFolder, _time);
        await store.InitializeAsync(ct);
        var repository = new ContentRepository(store);
        var snapshot = Snapshot("https://vlast.kz/news/1-a", FetchOutcomes.TakenDown);
        var signal = Signal(snapshot);

        // A retry after a crash replays the same check: same snapshot, same signal id.
        await repository.SaveCheckAsync(snapshot, null, signal, ct);
        await repository.SaveCheckAsync(snapshot, null, signal, ct);

        Assert.Single(await repository.SignalsAsync(null, null, ct));
        Assert.Equal(1, SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM outbox WHERE kind = 'signal'"));
        Assert.Equal(1, SqliteQuery.Count(_config.StorePath, "SELECT count(*) FROM snapshots"));
    }

    [Fact]
    public async Task SaveCheckAsync_SignalRoundTripsWithItsEvidence()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = StoreFactory.Create(_config.DataFolder, _time);
        await store.InitializeAsync(ct);
        var repository = new ContentRepository(store);
        var previous = Snapshot("https://vlast.kz/news/1-a", FetchOutcomes.Good) with { Warc = new WarcLocation("warc/a.warc.gz", 1234, 567, new string('b', 64)) };
        await repository.SaveCheckAsync(previous, null, (MediaMonitor.Signals.Signal?)null, ct);
        _time.Advance(TimeSpan.FromDays(1));
        var current = Snapshot("https://vlast.kz/news/1-a", FetchOutcomes.TakenDown);

        await repository.SaveCheckAsync(current, null, Signal(current) with { Previous = Evidence(previous) }, ct);

        var stored = Assert.Single(await repository.SignalsAsync(SignalKinds.Takedown, "vlast", ct));
        Assert.Equal(("warc/a.warc.gz", 1234L, 567L), (stored.Previous!.WarcFile, stored.Previous.WarcOffset!.Value, stored.Previous.WarcLength!.Value));
        Assert.Equal(T0.AddDays(1), stored.DetectedAt);
        var good = await repository.LastGoodAsync(previous.Url, ct);
        Assert.Equal(previous.Id, good!.Id);
        Assert.Equal(previous.Warc, good.Warc);
        Assert.Equal(current.Id, (await repository.LatestAsync(previous.Url, ct))!.Id);
    }

    [Fact]
    public async Task RetireAsync_KeepsTheMostRecentAndDropsTheOld()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = StoreFactory.Create(_config.DataFolder, _time);
        await store.InitializeAsync(ct);
        var repository = new ContentRepository(store);
        var articles = Enumerable.Range(1, 5).Select(i => new TrackedArticle
        {
            Url = $"https://vlast.kz/news/{i}-a",
            Outlet = "vlast",
            PublishedAt = T0.AddHours(i),
            FirstSeenAt = i == 5 ? T0.AddDays(-100) : T0,
            Source = "feed",
            State = ArticleStates.Live,
            NextCheckAt = T0,
        }).ToList();
        Assert.Equal(5, await repository.AddArticlesAsync(articles, ct));
        Assert.Equal(0, await repository.AddArticlesAsync(articles, ct));

        var retired = await repository.RetireAsync("vlast", keep: 3, seenBefore: T0.AddDays(-90), ct);

        Assert.Equal(2, retired);
        var due = await repository.DueArticlesAsync("vlast", T0, 10, ct);
        Assert.Equal(["https://vlast.kz/news/2-a", "https://vlast.kz/news/3-a", "https://vlast.kz/news/4-a"], due.Select(a => a.Url).Order(StringComparer.Ordinal));
    }

    private PageSnapshot Snapshot(string url, string outcome) => new()
    {
        Id = Guid.CreateVersion7(_time.GetUtcNow()),
        Url = url,
        Outlet = "vlast",
        Role = ContentMonitor.ArticleRole,
        FetchedAt = _time.GetUtcNow(),
        Outcome = outcome,
        HttpStatus = outcome == FetchOutcomes.Good ? 200 : 404,
        Text = outcome == FetchOutcomes.Good ? "Текст статьи" : null,
    };

    private Signal Signal(PageSnapshot current) => new()
    {
        Id = "sig-" + current.Id.ToString("N"),
        Kind = SignalKinds.Takedown,
        DetectedAt = _time.GetUtcNow(),
        Url = current.Url,
        Outlet = current.Outlet,
        Reason = "status_404",
        Summary = "vlast: taken down",
        Current = Evidence(current),
    };

    private static SnapshotEvidence Evidence(PageSnapshot s) =>
        new(s.Id.ToString(), s.Url, s.FetchedAt, s.HttpStatus, null, null, null, null, s.Warc?.File, s.Warc?.Offset, s.Warc?.Length, s.Warc?.PayloadSha256);
}
