using System.Security.Cryptography;
using System.Text;
using MediaMonitor.Configuration;
using MediaMonitor.Content.Articles;
using MediaMonitor.Content.Changes;
using MediaMonitor.Evidence;
using MediaMonitor.Signals;
using MediaMonitor.Signals.Legal;
using MediaMonitor.Sites;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Content.Monitoring;

/// <summary>
/// One content pass over a site list. For each outlet: fetch its pages from the list and compare
/// their main text with the last good snapshot (a page become a notice raises <c>replaced</c>);
/// discover articles from its feeds, news sitemaps and homepage links; re-check the articles that
/// are due, raising <c>takedown</c> and <c>stealth-edit</c>. Every check commits in one transaction.
/// </summary>
internal sealed partial class ContentMonitor(
    PageFetcher fetcher,
    ContentRepository repository,
    IOptions<ContentOptions> options,
    IOptions<PathsOptions> paths,
    TimeProvider time,
    ILogger<ContentMonitor> logger)
{
    public const string PageRole = "page";
    public const string ArticleRole = "article";

    private const int SnippetLength = 300;
    private const int MaxSitemapsPerOutlet = 3;
    private const int MaxSourceTries = 3;

    private readonly ContentOptions _options = options.Value;
    private readonly ArticleExtractor _extractor = new();

    /// <summary>Runs one pass over the site list <paramref name="list"/>; <paramref name="outletId"/> limits it to one outlet.</summary>
    public async Task<ContentPassSummary> RunListAsync(string list, string? outletId, CancellationToken cancellationToken)
    {
        var catalog = SiteCatalog.Load(paths.Value.ConfigFolder);
        if (!catalog.Lists.TryGetValue(list, out var entries))
        {
            throw new ArgumentException($"no site list named '{list}' in {Path.Combine(paths.Value.ConfigFolder, "sites")}", nameof(list));
        }

        var groups = entries
            .GroupBy(e => catalog.OutletFor(e.Url.IdnHost)?.Id ?? "")
            .Select(g => (Outlet: catalog.Outlets.FirstOrDefault(o => o.Id == g.Key), Entries: g.ToList()))
            .Where(g => outletId is null || g.Outlet?.Id == outletId)
            .ToList();
        if (outletId is not null && groups.Count == 0)
        {
            throw new ArgumentException($"no outlet '{outletId}' with pages in site list '{list}'", nameof(outletId));
        }

        var summary = new ContentPassSummary { List = list };
        var legal = LoadLegal(catalog.Outlets);
        var started = time.GetTimestamp();
        Log.PassStarted(logger, list, groups.Count);
        await Parallel.ForEachAsync(
            groups,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentOutlets, CancellationToken = cancellationToken },
            async (group, token) =>
            {
                try
                {
                    await OutletPassAsync(list, group.Outlet, group.Entries, legal, summary, token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    summary.AddError();
                    Log.OutletFailed(logger, e, group.Outlet?.Id ?? group.Entries[0].Url.IdnHost);
                }
            }).ConfigureAwait(false);
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        var counts = summary.ToString();
        Log.PassFinished(logger, list, counts, seconds);
        return summary;
    }

    private async Task OutletPassAsync(string list, Outlet? outlet, List<SiteEntry> entries, LegalScanner legal, ContentPassSummary summary, CancellationToken cancellationToken)
    {
        var rules = new OutletRules(outlet);
        var outletId = outlet?.Id;
        var domains = outlet?.Domains ?? [];
        Uri? homepage = null;
        string? homepageHtml = null;
        foreach (var entry in entries)
        {
            var (reading, judgement) = await CheckPageAsync(list, outletId, entry.Url, rules, summary, cancellationToken).ConfigureAwait(false);
            if (judgement.Outcome == FetchOutcomes.Good && homepage is null)
            {
                homepage = reading.Observation.FinalUrl ?? entry.Url;
                homepageHtml = reading.Html;
            }
        }

        if (outlet is null)
        {
            return;
        }

        if (homepage is null)
        {
            // With the site itself unreachable or replaced, nothing said about an article would be about the article.
            Log.SkippingArticles(logger, outlet.Id);
            return;
        }

        try
        {
            await DiscoverAsync(list, outlet, homepage, homepageHtml, summary, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The articles already tracked are still checked.
            summary.AddError();
            Log.DiscoveryFailed(logger, e, outlet.Id);
        }

        var now = time.GetUtcNow();
        var due = await repository.DueArticlesAsync(outlet.Id, now, _options.MaxFetchesPerOutlet, cancellationToken).ConfigureAwait(false);
        foreach (var article in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await GuardAsync(article, () => CheckArticleAsync(article, domains, rules, legal, summary, cancellationToken), summary, cancellationToken).ConfigureAwait(false);
        }

        Log.OutletDone(logger, outlet.Id, entries.Count, due.Count);
    }

    private async Task<(PageReading Reading, Judgement Judgement)> CheckPageAsync(
        string list, string? outletId, Uri url, OutletRules rules, ContentPassSummary summary, CancellationToken cancellationToken)
    {
        var context = rules.For(url);
        var fetch = await fetcher.FetchAsync(url, list, outletId, honourRobots: false, cancellationToken).ConfigureAwait(false);
        var reading = PageReader.Read(fetch, _extractor, context.Rules, cancellationToken);
        var key = url.AbsoluteUri;
        var lastGood = await repository.LastGoodAsync(key, cancellationToken).ConfigureAwait(false);
        var latest = await repository.LatestAsync(key, cancellationToken).ConfigureAwait(false);
        var judgement = FetchJudge.JudgePage(reading.Observation, lastGood, context);
        var changed = judgement.Change is { Kind: not ChangeKinds.None } || judgement.TitleChanged;
        var keep = judgement.Outcome is FetchOutcomes.Replaced or FetchOutcomes.Blockpage
            || (judgement.Outcome == FetchOutcomes.Good && (lastGood is null || changed));
        var snapshot = await SnapshotAsync(fetch, reading, judgement, lastGood, list, outletId, PageRole, keep, judgement.Outcome == FetchOutcomes.Good, cancellationToken).ConfigureAwait(false);

        Signal? signal = null;
        if (judgement.Outcome == FetchOutcomes.Replaced && latest?.Outcome != FetchOutcomes.Replaced)
        {
            signal = NewSignal(SignalKinds.Replaced, $"{lastGood?.Id}\n{reading.TextSha256}", snapshot, lastGood, judgement.Reason,
                $"{outletId ?? url.IdnHost}: {key} now serves a {judgement.Reason} page", judgement.Change);
        }

        await repository.SaveCheckAsync(snapshot, null, signal, cancellationToken).ConfigureAwait(false);
        summary.AddPage(judgement.Outcome == FetchOutcomes.Good && changed && lastGood is not null);
        Count(summary, judgement, signal);
        return (reading, judgement);
    }

    private async Task DiscoverAsync(string list, Outlet outlet, Uri homepage, string? homepageHtml, ContentPassSummary summary, CancellationToken cancellationToken)
    {
        var found = new List<(DiscoveredLink Link, string Source)>();
        foreach (var feed in outlet.Feeds)
        {
            found.AddRange((await ReadFeedAsync(new Uri(feed), list, outlet.Id, cancellationToken).ConfigureAwait(false)).Select(l => (l, "feed")));
        }

        var robots = await fetcher.RobotsAsync(homepage, cancellationToken).ConfigureAwait(false);
        var sitemaps = new Queue<Uri>(robots.Sitemaps.Where(IsNewsSitemap));
        var read = 0;
        while (sitemaps.TryDequeue(out var sitemap) && read++ < MaxSitemapsPerOutlet)
        {
            var result = await ReadSitemapAsync(sitemap, list, outlet.Id, cancellationToken).ConfigureAwait(false);
            found.AddRange(result.Links.Select(l => (l, "sitemap")));
            foreach (var child in result.Sitemaps.Where(IsNewsSitemap))
            {
                sitemaps.Enqueue(child);
            }
        }

        if (homepageHtml is not null)
        {
            found.AddRange(HomepageLinks.Extract(homepage, homepageHtml, outlet.Domains).Select(l => (l, "homepage")));
        }

        var now = time.GetUtcNow();
        // Newest first within each source, then the sources taken in turn: a feed that floods (or
        // never ends) cannot crowd out what the homepage shows as news right now.
        var bySource = found
            .Where(f => !FetchJudge.IsHomepage(f.Link.Url, outlet.Domains))
            .DistinctBy(f => f.Link.Url.AbsoluteUri, StringComparer.Ordinal)
            .Select((f, order) => (f.Link, f.Source, Order: order))
            .GroupBy(f => f.Source)
            .Select(g => g.OrderByDescending(f => f.Link.Published ?? DateTimeOffset.MinValue).ThenBy(f => f.Order).ToList())
            .ToList();
        var candidates = Enumerable.Range(0, bySource.Count == 0 ? 0 : bySource.Max(g => g.Count))
            .SelectMany(i => bySource.Where(g => i < g.Count).Select(g => g[i]))
            .Take(_options.ArticlesPerOutlet)
            .Select(f => new TrackedArticle
            {
                Url = f.Link.Url.AbsoluteUri,
                Outlet = outlet.Id,
                List = list,
                Title = f.Link.Title,
                PublishedAt = f.Link.Published,
                FirstSeenAt = now,
                Source = f.Source,
                State = ArticleStates.New,
                NextCheckAt = now,
            })
            .ToList();
        var added = await repository.AddArticlesAsync(candidates, cancellationToken).ConfigureAwait(false);
        var retired = await repository.RetireAsync(outlet.Id, _options.ArticlesPerOutlet, now - _options.TrackFor, cancellationToken).ConfigureAwait(false);
        summary.AddArticlesFound(added);
        Log.Discovered(logger, outlet.Id, found.Count, added, retired);
    }

    private async Task<IReadOnlyList<DiscoveredLink>> ReadFeedAsync(Uri url, string list, string outlet, CancellationToken cancellationToken) =>
        (await ReadSitemapAsync(url, list, outlet, cancellationToken).ConfigureAwait(false)).Links;

    private async Task<FeedReadResult> ReadSitemapAsync(Uri url, string list, string outlet, CancellationToken cancellationToken)
    {
        var fetch = await fetcher.FetchAsync(url, list, outlet, honourRobots: true, cancellationToken).ConfigureAwait(false);
        if (fetch.Measurement?.Http is not { Status: >= 200 and < 300 } http || fetch.Measurement.Failure is not null)
        {
            Log.FeedUnreadable(logger, url.AbsoluteUri, fetch.Disallowed ? "disallowed by robots.txt" : fetch.Measurement?.Failure ?? $"status {fetch.Measurement?.Http?.Status}");
            return new FeedReadResult("unknown", [], [], "not fetched", false);
        }

        var result = FeedReader.Read(url, fetch.Body.Span);
        if (result.Error is not null || http.BodyTruncated)
        {
            Log.FeedProblem(logger, url.AbsoluteUri, result.Error ?? "body cut at the size cap", result.Links.Count);
        }

        return result;
    }

    private async Task CheckArticleAsync(TrackedArticle article, IReadOnlyCollection<string> domains, OutletRules rules, LegalScanner legal, ContentPassSummary summary, CancellationToken cancellationToken)
    {
        var url = new Uri(article.Url);
        var context = rules.For(url);
        var lastGood = article.LastGoodSnapshot is { } id ? await repository.SnapshotAsync(id, cancellationToken).ConfigureAwait(false) : null;
        var fetch = await fetcher.FetchAsync(url, article.List, article.Outlet, honourRobots: true, cancellationToken).ConfigureAwait(false);
        var reading = PageReader.Read(fetch, _extractor, context.Rules, cancellationToken);
        var judgement = fetch.Disallowed
            ? new Judgement(FetchOutcomes.Disallowed, "robots_txt")
            : FetchJudge.JudgeArticle(reading.Observation, lastGood, domains, context);

        // A takedown is said only when a second look agrees: a deploy or a flaky cache can answer 404 once.
        if (judgement.Outcome == FetchOutcomes.TakenDown && article.State == ArticleStates.Live)
        {
            var again = await fetcher.FetchAsync(url, article.List, article.Outlet, honourRobots: true, cancellationToken).ConfigureAwait(false);
            var second = PageReader.Read(again, _extractor, context.Rules, cancellationToken);
            var confirm = again.Disallowed ? new Judgement(FetchOutcomes.Disallowed, "robots_txt") : FetchJudge.JudgeArticle(second.Observation, lastGood, domains, context);
            if (confirm.Outcome != FetchOutcomes.TakenDown)
            {
                Log.TakedownNotConfirmed(logger, article.Url, judgement.Reason, confirm.Outcome);
            }

            (fetch, reading, judgement) = (again, second, confirm);
        }

        var now = time.GetUtcNow();
        var isBaseline = article.State == ArticleStates.New && judgement.Outcome == FetchOutcomes.Good;
        var isEdit = article.State == ArticleStates.Live && judgement.IsEdit;
        var isTakedown = article.State == ArticleStates.Live && judgement.Outcome == FetchOutcomes.TakenDown;
        var keep = isBaseline || isEdit || isTakedown || judgement.Outcome is FetchOutcomes.Blockpage or FetchOutcomes.Replaced;
        // An unchanged article's text is its last good snapshot's; only the hash is kept again.
        var snapshot = await SnapshotAsync(fetch, reading, judgement, lastGood, article.List, article.Outlet, ArticleRole, keep, isBaseline || isEdit, cancellationToken).ConfigureAwait(false);

        Signal? signal = null;
        var next = article with
        {
            Checks = article.Checks + 1,
            LastCheckedAt = now,
            NextCheckAt = ArticleSchedule.Next(article.FirstSeenAt, now, _options.DailyFor),
            Title = article.Title ?? reading.Observation.Title,
        };
        if (isBaseline || isEdit)
        {
            next = next with { State = ArticleStates.Live, LastGoodSnapshot = snapshot.Id };
        }

        if (isEdit)
        {
            var what = judgement.TitleChanged ? "headline" : "text";
            var diff = judgement.TitleChanged ? $"- {lastGood?.Title}\n+ {reading.Observation.Title}\n{judgement.Change?.Diff}".TrimEnd() : judgement.Change?.Diff;
            signal = NewSignal(SignalKinds.StealthEdit, $"{lastGood?.Id}\n{reading.TextSha256}\n{reading.Observation.Title}", snapshot, lastGood, judgement.TitleChanged ? "title" : judgement.Change?.Kind,
                $"{article.Outlet}: the {what} of {article.Url} was edited ({judgement.Change?.Kind ?? "title"}, similarity {judgement.Change?.Similarity ?? 1:0.00})",
                judgement.Change) with { Diff = diff };
        }
        else if (isTakedown)
        {
            next = next with { State = ArticleStates.TakenDown };
            signal = NewSignal(SignalKinds.Takedown, $"{lastGood?.Id}", snapshot, lastGood, judgement.Reason,
                $"{article.Outlet}: {article.Url} was taken down ({judgement.Reason})", null);
        }
        else if (article.State == ArticleStates.New && judgement.Outcome == FetchOutcomes.TakenDown)
        {
            // Gone before we ever saw it served: a stale feed entry, not a takedown we can show.
            next = next with { State = ArticleStates.Retired };
        }

        // A new or edited text is read for legal pressure: lawsuits, charges, detentions it reports.
        var signals = new List<Signal>();
        if (signal is not null)
        {
            signals.Add(signal);
        }

        if ((isBaseline || isEdit) && reading.Observation.Text is { } text)
        {
            signals.AddRange(legal.Detector.Detect(reading.Observation.Title, text).Select(f => LegalSignal(f, snapshot, next)));
        }

        await repository.SaveCheckAsync(snapshot, next, signals, cancellationToken).ConfigureAwait(false);
        summary.AddArticleChecked();
        Count(summary, judgement, signal);
        foreach (var _ in signals.Where(s => SignalKinds.IsLegal(s.Kind)))
        {
            summary.AddSignal();
        }
    }

    /// <summary>
    /// One pass over the configured signal sources (Content:Sources): new feed items are fetched once,
    /// their text read for legal signals, and not tracked further.
    /// </summary>
    public async Task<ContentPassSummary> RunSourcesAsync(CancellationToken cancellationToken)
    {
        var summary = new ContentPassSummary { List = "sources" };
        var legal = LoadLegal(null);
        foreach (var source in _options.Sources)
        {
            var outlet = "source:" + source.Name;
            IReadOnlyList<DiscoveredLink> links;
            try
            {
                links = await ReadFeedAsync(new Uri(source.Feed), "sources", outlet, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                summary.AddError();
                Log.DiscoveryFailed(logger, e, outlet);
                links = [];
            }

            var now = time.GetUtcNow();
            var added = await repository.AddArticlesAsync(
                [.. links.Take(_options.ArticlesPerOutlet).Select(l => new TrackedArticle
                {
                    Url = l.Url.AbsoluteUri, Outlet = outlet, Title = l.Title, PublishedAt = l.Published,
                    FirstSeenAt = now, Source = "feed", State = ArticleStates.New, NextCheckAt = now,
                })],
                cancellationToken).ConfigureAwait(false);
            summary.AddArticlesFound(added);
            var rules = new OutletRules(null);
            foreach (var article in await repository.DueArticlesAsync(outlet, now, _options.MaxFetchesPerOutlet, cancellationToken).ConfigureAwait(false))
            {
                await GuardAsync(article, () => ReadSourceItemAsync(article, outlet, rules, legal, summary, cancellationToken), summary, cancellationToken).ConfigureAwait(false);
            }
        }

        return summary;
    }

    // One failing article (a bug, a pattern that ran too long) must not stop its outlet's other articles
    // pass after pass: it is logged, stored as an error, and waits for its next due time.
    private async Task GuardAsync(TrackedArticle article, Func<Task> check, ContentPassSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            await check().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            summary.AddError();
            Log.ArticleFailed(logger, e, article.Url);
            var now = time.GetUtcNow();
            var snapshot = new PageSnapshot
            {
                Id = Guid.CreateVersion7(now), Url = article.Url, Outlet = article.Outlet, List = article.List, Role = ArticleRole,
                FetchedAt = now, Outcome = FetchOutcomes.Error, Failure = e.GetType().Name,
            };
            var next = article with { Checks = article.Checks + 1, LastCheckedAt = now, NextCheckAt = ArticleSchedule.Next(article.FirstSeenAt, now, _options.DailyFor) };
            await repository.SaveCheckAsync(snapshot, next, [], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadSourceItemAsync(TrackedArticle article, string outlet, OutletRules rules, LegalScanner legal, ContentPassSummary summary, CancellationToken cancellationToken)
    {
        var url = new Uri(article.Url);
        var fetch = await fetcher.FetchAsync(url, null, outlet, honourRobots: true, cancellationToken).ConfigureAwait(false);
        var reading = PageReader.Read(fetch, _extractor, rules.For(url).Rules, cancellationToken);
        var judgement = fetch.Disallowed ? new Judgement(FetchOutcomes.Disallowed, "robots_txt") : FetchJudge.JudgeArticle(reading.Observation, null, [], rules.For(url));
        var good = judgement.Outcome == FetchOutcomes.Good;
        var snapshot = await SnapshotAsync(fetch, reading, judgement, null, null, outlet, ArticleRole, keep: false, keepText: false, cancellationToken).ConfigureAwait(false);
        var findings = good && reading.Observation.Text is { } text ? legal.Detector.Detect(reading.Observation.Title, text) : [];
        if (findings.Count > 0)
        {
            // Only a report that says something is kept as evidence.
            snapshot = snapshot with { Warc = await KeepAsync(fetch, snapshot.Id, outlet, ArticleRole, judgement, reading, cancellationToken).ConfigureAwait(false) };
        }

        var next = article with
        {
            Checks = article.Checks + 1,
            LastCheckedAt = time.GetUtcNow(),
            // Read once; an item that cannot be read in three tries is given up.
            State = good || judgement.Outcome == FetchOutcomes.TakenDown || article.Checks + 1 >= MaxSourceTries ? ArticleStates.Retired : article.State,
            NextCheckAt = time.GetUtcNow() + TimeSpan.FromDays(1),
        };
        var signals = findings.Select(f => LegalSignal(f, snapshot, next)).ToList();
        await repository.SaveCheckAsync(snapshot, next, signals, cancellationToken).ConfigureAwait(false);
        summary.AddArticleChecked();
        foreach (var _ in signals)
        {
            summary.AddSignal();
        }
    }

    // The list pass has read config/outlets already; the sources pass has not.
    private LegalScanner LoadLegal(IReadOnlyList<Outlet>? outlets)
    {
        var legal = LegalScanner.Load(paths.Value.ConfigFolder, outlets);
        foreach (var problem in legal.Problems)
        {
            Log.RuleProblem(logger, problem.ToString());
        }

        return legal;
    }

    private Task<WarcLocation?> KeepAsync(PageFetch fetch, Guid snapshotId, string? outlet, string role, Judgement judgement, PageReading reading, CancellationToken cancellationToken) =>
        fetcher.KeepAsync(
            fetch,
            [
                new("snapshot-id", snapshotId.ToString()),
                new("outlet", outlet ?? ""),
                new("role", role),
                new("outcome", judgement.Outcome),
                new("reason", judgement.Reason ?? ""),
                new("text-sha256", reading.TextSha256 ?? ""),
            ],
            cancellationToken);

    private Signal LegalSignal(LegalFinding finding, PageSnapshot snapshot, TrackedArticle article)
    {
        // One report of one event per article: re-reading an edited article does not repeat it.
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{finding.Kind}\n{snapshot.Url}\n{finding.Subject}")))[..32];
        var evidence = finding.Evidence.Length <= 200 ? finding.Evidence : finding.Evidence[..200] + "…";
        return new Signal
        {
            Id = id,
            Kind = finding.Kind,
            DetectedAt = time.GetUtcNow(),
            Url = snapshot.Url,
            Outlet = article.Outlet,
            List = article.List,
            Reason = finding.Trigger,
            Summary = $"{finding.Kind} against {finding.SubjectName ?? finding.Subject}: {evidence}",
            Current = Evidence(snapshot),
            Subject = finding.Subject,
            Person = finding.Person,
            Confidence = finding.Confidence,
            Evidence = finding.Evidence,
            Title = snapshot.Title,
            PublishedAt = article.PublishedAt,
            Details = finding.Details,
        };
    }

    private async Task<PageSnapshot> SnapshotAsync(
        PageFetch fetch, PageReading reading, Judgement judgement, PageSnapshot? lastGood, string? list, string? outlet, string role, bool keep, bool keepText, CancellationToken cancellationToken)
    {
        var http = fetch.Measurement?.Http;
        var id = Guid.CreateVersion7(time.GetUtcNow());
        WarcLocation? warc = null;
        if (keep)
        {
            warc = await KeepAsync(fetch, id, outlet, role, judgement, reading, cancellationToken).ConfigureAwait(false);
        }

        return new PageSnapshot
        {
            Id = id,
            Url = fetch.Url.AbsoluteUri,
            Outlet = outlet,
            List = list,
            Role = role,
            FetchedAt = fetch.Measurement?.StartedAt ?? time.GetUtcNow(),
            Outcome = judgement.Outcome,
            HttpStatus = http?.Status,
            FinalUrl = http?.FinalUrl,
            Failure = fetch.Measurement?.Failure,
            ContentType = http?.ContentType,
            BodyLength = http?.BodyLength ?? 0,
            BodySha256 = http?.BodySha256,
            Truncated = http?.BodyTruncated ?? false,
            Title = reading.Observation.Title,
            Text = keepText ? reading.Observation.Text : Snippet(reading.Observation.Text),
            TextSha256 = reading.TextSha256,
            SimHash = reading.SimHash,
            ChangeKind = judgement.Change?.Kind,
            Similarity = judgement.Change?.Similarity,
            ComparedWith = judgement.Change is null ? null : lastGood?.Id,
            Warc = warc,
        };
    }

    // The id names what was observed (kind, URL, the last good snapshot it departs from, and what it
    // became), not the fetch: two passes that see the same takedown, one run by the scheduler and one
    // by hand say, store it once, and a notice that comes back after an outage is not news again.
    private Signal NewSignal(string kind, string identity, PageSnapshot current, PageSnapshot? previous, string? reason, string summary, ContentChange? change)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{current.Url}\n{identity}")))[..32];
        return new Signal
        {
            Id = id,
            Kind = kind,
            DetectedAt = time.GetUtcNow(),
            Url = current.Url,
            Outlet = current.Outlet,
            List = current.List,
            Reason = reason,
            Summary = summary,
            Diff = change?.Diff,
            Similarity = change?.Similarity,
            Current = Evidence(current),
            Previous = previous is null ? null : Evidence(previous),
        };
    }

    private static SnapshotEvidence Evidence(PageSnapshot s) => new(
        s.Id.ToString(), s.Url, s.FetchedAt, s.HttpStatus, s.FinalUrl, s.Title, s.TextSha256, Snippet(s.Text),
        s.Warc?.File, s.Warc?.Offset, s.Warc?.Length, s.Warc?.PayloadSha256);

    private static string? Snippet(string? text) =>
        text is null ? null : text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";

    private static bool IsNewsSitemap(Uri url) => url.AbsoluteUri.Contains("news", StringComparison.OrdinalIgnoreCase);

    private static void Count(ContentPassSummary summary, Judgement judgement, Signal? signal)
    {
        if (judgement.Outcome == FetchOutcomes.Unreachable)
        {
            summary.AddUnreachable();
        }
        else if (judgement.Outcome == FetchOutcomes.Disallowed)
        {
            summary.AddDisallowed();
        }

        if (signal is not null)
        {
            summary.AddSignal();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Content pass of site list {List}: {Outlets} outlets")]
        public static partial void PassStarted(ILogger logger, string list, int outlets);

        [LoggerMessage(Level = LogLevel.Information, Message = "Content pass of site list {List} done in {Seconds:F1} s: {Summary}")]
        public static partial void PassFinished(ILogger logger, string list, string summary, double seconds);

        [LoggerMessage(Level = LogLevel.Information, Message = "Outlet {Outlet}: {Pages} pages and {Articles} articles checked")]
        public static partial void OutletDone(ILogger logger, string outlet, int pages, int articles);

        [LoggerMessage(Level = LogLevel.Information, Message = "Outlet {Outlet}: {Found} article links found, {Added} new, {Retired} no longer tracked")]
        public static partial void Discovered(ILogger logger, string outlet, int found, int added, int retired);

        [LoggerMessage(Level = LogLevel.Information, Message = "Outlet {Outlet}: no page of it could be read this pass; its articles wait for the next one")]
        public static partial void SkippingArticles(ILogger logger, string outlet);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Feed or sitemap {Url} not read: {Reason}")]
        public static partial void FeedUnreadable(ILogger logger, string url, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Feed or sitemap {Url}: {Problem}; {Links} links read before it")]
        public static partial void FeedProblem(ILogger logger, string url, string problem, int links);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Url} looked taken down ({Reason}) but a second fetch said {Outcome}: no signal")]
        public static partial void TakedownNotConfirmed(ILogger logger, string url, string? reason, string outcome);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Legal signal rules: {Problem}; the other rules still apply")]
        public static partial void RuleProblem(ILogger logger, string problem);

        [LoggerMessage(Level = LogLevel.Error, Message = "Article discovery for {Outlet} failed; tracked articles are still checked")]
        public static partial void DiscoveryFailed(ILogger logger, Exception exception, string outlet);

        [LoggerMessage(Level = LogLevel.Error, Message = "Check of {Url} failed; it is tried again at its next due time")]
        public static partial void ArticleFailed(ILogger logger, Exception exception, string url);

        [LoggerMessage(Level = LogLevel.Error, Message = "Content pass of outlet {Outlet} failed")]
        public static partial void OutletFailed(ILogger logger, Exception exception, string outlet);
    }
}
