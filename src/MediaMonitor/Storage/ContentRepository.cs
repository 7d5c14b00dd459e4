using System.Globalization;
using MediaMonitor.Content.Monitoring;
using MediaMonitor.Evidence;
using MediaMonitor.Signals;
using Microsoft.Data.Sqlite;

namespace MediaMonitor.Storage;

/// <summary>
/// Content monitoring's tables: snapshots, tracked articles and signals. Reads open their own
/// connection; writes go through the store's single writer, a whole check in one transaction,
/// so a crash leaves either all of it (snapshot, article state, signal, outbox row) or none.
/// </summary>
internal sealed class ContentRepository(SqliteStore store)
{
    private const string SnapshotColumns = """
        id, url, outlet, list, role, fetched_at, outcome, http_status, final_url, failure, content_type, body_length,
        body_sha256, truncated, title, text, text_sha256, simhash, change_kind, similarity, compared_with, warc_file, warc_offset, warc_length
        """;

    private const string ArticleColumns = "url, outlet, list, title, published_at, first_seen_at, source, state, checks, next_check_at, last_checked_at, last_good_snapshot";

    /// <summary>The newest snapshot of <paramref name="url"/>, whatever its outcome; or null.</summary>
    public Task<PageSnapshot?> LatestAsync(string url, CancellationToken cancellationToken) =>
        SingleSnapshotAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE url = $a ORDER BY fetched_at DESC, id DESC LIMIT 1", url, cancellationToken);

    /// <summary>The newest snapshot of <paramref name="url"/> that served readable text; or null.</summary>
    public Task<PageSnapshot?> LastGoodAsync(string url, CancellationToken cancellationToken) =>
        SingleSnapshotAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE url = $a AND outcome = '{FetchOutcomes.Good}' ORDER BY fetched_at DESC, id DESC LIMIT 1", url, cancellationToken);

    public Task<PageSnapshot?> SnapshotAsync(Guid id, CancellationToken cancellationToken) =>
        SingleSnapshotAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE id = $a", id.ToString(), cancellationToken);

    /// <summary>Articles of an outlet that are new or live and due by <paramref name="now"/>, the longest overdue first.</summary>
    public async Task<IReadOnlyList<TrackedArticle>> DueArticlesAsync(string outlet, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns} FROM articles
            WHERE outlet = $outlet AND state IN ('{ArticleStates.New}', '{ArticleStates.Live}') AND next_check_at <= $now
            ORDER BY next_check_at, url LIMIT $limit
            """;
        command.Parameters.AddWithValue("$outlet", outlet);
        command.Parameters.AddWithValue("$now", SqliteStore.Iso(now));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadArticlesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TrackedArticle>> ArticlesAsync(string outlet, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE outlet = $outlet ORDER BY first_seen_at, url";
        command.Parameters.AddWithValue("$outlet", outlet);
        return await ReadArticlesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Signals, oldest first, optionally of one kind or outlet.</summary>
    public async Task<IReadOnlyList<Signal>> SignalsAsync(string? kind, string? outlet, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT document FROM signals
            WHERE ($kind IS NULL OR kind = $kind) AND ($outlet IS NULL OR outlet = $outlet)
            ORDER BY detected_at, id
            """;
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$outlet", (object?)outlet ?? DBNull.Value);
        return await ReadSignalsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Signals detected at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Signal>> SignalsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM signals WHERE detected_at >= $since ORDER BY detected_at, id";
        command.Parameters.AddWithValue("$since", SqliteStore.Iso(since));
        return await ReadSignalsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts tracking the articles not yet known; returns how many were new.</summary>
    public async Task<int> AddArticlesAsync(IReadOnlyList<TrackedArticle> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return 0;
        }

        var added = 0;
        await store.WriteAsync(
            (connection, transaction) =>
            {
                added = 0;
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO articles ({ArticleColumns}) VALUES ($url, $outlet, $list, $title, $published_at, $first_seen_at, $source, $state, $checks, $next_check_at, $last_checked_at, $last_good_snapshot) ON CONFLICT (url) DO NOTHING";
                foreach (var article in articles)
                {
                    command.Parameters.Clear();
                    BindArticle(command, article);
                    added += command.ExecuteNonQuery();
                }
            },
            cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// Stops re-checking an outlet's articles first seen before <paramref name="seenBefore"/>, and all
    /// but the <paramref name="keep"/> most recent ones (by publication, else first sighting). Returns how many.
    /// </summary>
    public async Task<int> RetireAsync(string outlet, int keep, DateTimeOffset seenBefore, CancellationToken cancellationToken)
    {
        var retired = 0;
        await store.WriteAsync(
            (connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                // Too old first, then beyond the newest `keep` of what is left: an old article must not hold a place.
                command.CommandText = $"""
                    UPDATE articles SET state = '{ArticleStates.Retired}'
                    WHERE outlet = $outlet AND state IN ('{ArticleStates.New}', '{ArticleStates.Live}') AND first_seen_at < $cutoff;
                    UPDATE articles SET state = '{ArticleStates.Retired}'
                    WHERE outlet = $outlet AND state IN ('{ArticleStates.New}', '{ArticleStates.Live}')
                      AND url NOT IN (
                          SELECT url FROM articles
                          WHERE outlet = $outlet AND state IN ('{ArticleStates.New}', '{ArticleStates.Live}')
                          ORDER BY first_seen_at DESC, coalesce(published_at, first_seen_at) DESC, url LIMIT $keep);
                    """;
                command.Parameters.AddWithValue("$outlet", outlet);
                command.Parameters.AddWithValue("$cutoff", SqliteStore.Iso(seenBefore));
                command.Parameters.AddWithValue("$keep", keep);
                retired = command.ExecuteNonQuery();
            },
            cancellationToken).ConfigureAwait(false);
        return retired;
    }

    /// <summary>
    /// Commits one check: its snapshot, the article's new state, and the signal it raised with its
    /// outbox row. A signal already stored (same id) is not stored or queued again.
    /// </summary>
    public Task SaveCheckAsync(PageSnapshot snapshot, TrackedArticle? article, Signal? signal, CancellationToken cancellationToken) =>
        SaveCheckAsync(snapshot, article, signal is null ? [] : [signal], cancellationToken);

    /// <summary>As above, with any number of signals: the takedown or edit, and the legal signals its text carries.</summary>
    public Task SaveCheckAsync(PageSnapshot snapshot, TrackedArticle? article, IReadOnlyList<Signal> signals, CancellationToken cancellationToken) =>
        store.WriteAsync(
            (connection, transaction) =>
            {
                using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = $"""
                        INSERT INTO snapshots ({SnapshotColumns}) VALUES ($id, $url, $outlet, $list, $role, $fetched_at, $outcome, $http_status,
                            $final_url, $failure, $content_type, $body_length, $body_sha256, $truncated, $title, $text, $text_sha256, $simhash,
                            $change_kind, $similarity, $compared_with, $warc_file, $warc_offset, $warc_length)
                        ON CONFLICT (id) DO NOTHING
                        """;
                    BindSnapshot(insert, snapshot);
                    if (insert.ExecuteNonQuery() == 1 && snapshot.ChangeKind is { } change && change != "none")
                    {
                        // A content change is a finding for the research index.
                        using var outbox = connection.CreateCommand();
                        outbox.Transaction = transaction;
                        outbox.CommandText = "INSERT INTO outbox (kind, entity_id, created_at) VALUES ('change', $id, $created_at)";
                        outbox.Parameters.AddWithValue("$id", snapshot.Id.ToString());
                        outbox.Parameters.AddWithValue("$created_at", SqliteStore.Iso(store.Now()));
                        outbox.ExecuteNonQuery();
                    }
                }

                if (article is not null)
                {
                    using var update = connection.CreateCommand();
                    update.Transaction = transaction;
                    update.CommandText = $"""
                        INSERT INTO articles ({ArticleColumns}) VALUES ($url, $outlet, $list, $title, $published_at, $first_seen_at, $source, $state, $checks, $next_check_at, $last_checked_at, $last_good_snapshot)
                        ON CONFLICT (url) DO UPDATE SET title = excluded.title, state = excluded.state, checks = excluded.checks,
                            next_check_at = excluded.next_check_at, last_checked_at = excluded.last_checked_at, last_good_snapshot = excluded.last_good_snapshot
                        """;
                    BindArticle(update, article);
                    update.ExecuteNonQuery();
                }

                foreach (var signal in signals)
                {
                    InsertSignal(connection, transaction, signal, store.Now());
                }
            },
            cancellationToken);

    /// <summary>Reports of one legal event (same kind, same subject) this close together are one event.</summary>
    internal static readonly TimeSpan EventWindow = TimeSpan.FromDays(30);

    /// <summary>Legal events, newest first, with how many reports each has.</summary>
    public async Task<IReadOnlyList<(string Id, string Kind, string Subject, int Sources)>> LegalEventsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, subject, sources FROM legal_events ORDER BY last_seen_at DESC, id";
        var events = new List<(string, string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return events;
    }

    private static void InsertSignal(SqliteConnection connection, SqliteTransaction transaction, Signal signal, DateTimeOffset now)
    {
        using (var exists = connection.CreateCommand())
        {
            exists.Transaction = transaction;
            exists.CommandText = "SELECT count(*) FROM signals WHERE id = $id";
            exists.Parameters.AddWithValue("$id", signal.Id);
            if ((long)exists.ExecuteScalar()! > 0)
            {
                return;
            }
        }

        // "a journalist" with no name cannot be told apart from another: no event to join.
        if (SignalKinds.IsLegal(signal.Kind) && signal.Subject is { } subject && subject != "unknown")
        {
            signal = signal with { EventId = JoinEvent(connection, transaction, signal.Kind, subject, signal.Id, signal.DetectedAt) };
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO signals (id, kind, detected_at, outlet, list, url, reason, snapshot_id, previous_snapshot_id, document, subject, event_id)
            VALUES ($id, $kind, $detected_at, $outlet, $list, $url, $reason, $snapshot_id, $previous_snapshot_id, $document, $subject, $event_id)
            ON CONFLICT (id) DO NOTHING
            """;
        insert.Parameters.AddWithValue("$id", signal.Id);
        insert.Parameters.AddWithValue("$kind", signal.Kind);
        insert.Parameters.AddWithValue("$detected_at", SqliteStore.Iso(signal.DetectedAt));
        insert.Parameters.AddWithValue("$outlet", (object?)signal.Outlet ?? DBNull.Value);
        insert.Parameters.AddWithValue("$list", (object?)signal.List ?? DBNull.Value);
        insert.Parameters.AddWithValue("$url", signal.Url);
        insert.Parameters.AddWithValue("$reason", (object?)signal.Reason ?? DBNull.Value);
        insert.Parameters.AddWithValue("$snapshot_id", (object?)signal.Current?.SnapshotId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$previous_snapshot_id", (object?)signal.Previous?.SnapshotId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$document", SignalJson.Serialize(signal));
        insert.Parameters.AddWithValue("$subject", (object?)signal.Subject ?? DBNull.Value);
        insert.Parameters.AddWithValue("$event_id", (object?)signal.EventId ?? DBNull.Value);
        if (insert.ExecuteNonQuery() == 0)
        {
            return;
        }

        using var outbox = connection.CreateCommand();
        outbox.Transaction = transaction;
        outbox.CommandText = "INSERT INTO outbox (kind, entity_id, created_at) VALUES ('signal', $id, $created_at)";
        outbox.Parameters.AddWithValue("$id", signal.Id);
        outbox.Parameters.AddWithValue("$created_at", SqliteStore.Iso(now));
        outbox.ExecuteNonQuery();
    }

    // The event this report belongs to: the latest of its kind and subject seen within the window, or a new one.
    private static string JoinEvent(SqliteConnection connection, SqliteTransaction transaction, string kind, string subject, string signalId, DateTimeOffset at)
    {
        using var find = connection.CreateCommand();
        find.Transaction = transaction;
        find.CommandText = "SELECT id FROM legal_events WHERE kind = $kind AND subject = $subject AND last_seen_at >= $since ORDER BY last_seen_at DESC LIMIT 1";
        find.Parameters.AddWithValue("$kind", kind);
        find.Parameters.AddWithValue("$subject", subject);
        find.Parameters.AddWithValue("$since", SqliteStore.Iso(at - EventWindow));
        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.Parameters.AddWithValue("$at", SqliteStore.Iso(at));
        if (find.ExecuteScalar() is string id)
        {
            write.CommandText = "UPDATE legal_events SET sources = sources + 1, last_seen_at = max(last_seen_at, $at) WHERE id = $id";
            write.Parameters.AddWithValue("$id", id);
            write.ExecuteNonQuery();
            return id;
        }

        // The first report names the event, so the id is stable for whoever replays the same report.
        id = "ev-" + signalId;
        write.CommandText = "INSERT INTO legal_events (id, kind, subject, first_seen_at, last_seen_at, sources) VALUES ($id, $kind, $subject, $at, $at, 1)";
        write.Parameters.AddWithValue("$id", id);
        write.Parameters.AddWithValue("$kind", kind);
        write.Parameters.AddWithValue("$subject", subject);
        write.ExecuteNonQuery();
        return id;
    }

    private async Task<PageSnapshot?> SingleSnapshotAsync(string sql, string argument, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", argument);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadSnapshot(reader) : null;
    }

    private static async Task<IReadOnlyList<Signal>> ReadSignalsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var signals = new List<Signal>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            signals.Add(SignalJson.Deserialize(reader.GetString(0)) ?? throw new InvalidDataException("A signal row holds no document."));
        }

        return signals;
    }

    private static async Task<IReadOnlyList<TrackedArticle>> ReadArticlesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var articles = new List<TrackedArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            articles.Add(new TrackedArticle
            {
                Url = reader.GetString(0),
                Outlet = reader.GetString(1),
                List = NullableString(reader, 2),
                Title = NullableString(reader, 3),
                PublishedAt = NullableTime(reader, 4),
                FirstSeenAt = Time(reader.GetString(5)),
                Source = reader.GetString(6),
                State = reader.GetString(7),
                Checks = reader.GetInt32(8),
                NextCheckAt = Time(reader.GetString(9)),
                LastCheckedAt = NullableTime(reader, 10),
                LastGoodSnapshot = reader.IsDBNull(11) ? null : Guid.Parse(reader.GetString(11)),
            });
        }

        return articles;
    }

    private static PageSnapshot ReadSnapshot(SqliteDataReader r)
    {
        WarcLocation? warc = r.IsDBNull(21) ? null : new WarcLocation(r.GetString(21), r.GetInt64(22), r.GetInt64(23), r.IsDBNull(12) ? "" : r.GetString(12));
        return new PageSnapshot
        {
            Id = Guid.Parse(r.GetString(0)),
            Url = r.GetString(1),
            Outlet = NullableString(r, 2),
            List = NullableString(r, 3),
            Role = r.GetString(4),
            FetchedAt = Time(r.GetString(5)),
            Outcome = r.GetString(6),
            HttpStatus = r.IsDBNull(7) ? null : r.GetInt32(7),
            FinalUrl = NullableString(r, 8),
            Failure = NullableString(r, 9),
            ContentType = NullableString(r, 10),
            BodyLength = r.IsDBNull(11) ? 0 : r.GetInt64(11),
            BodySha256 = NullableString(r, 12),
            Truncated = r.GetInt64(13) != 0,
            Title = NullableString(r, 14),
            Text = NullableString(r, 15),
            TextSha256 = NullableString(r, 16),
            SimHash = NullableString(r, 17),
            ChangeKind = NullableString(r, 18),
            Similarity = r.IsDBNull(19) ? null : r.GetDouble(19),
            ComparedWith = r.IsDBNull(20) ? null : Guid.Parse(r.GetString(20)),
            Warc = warc,
        };
    }

    private static void BindSnapshot(SqliteCommand c, PageSnapshot s)
    {
        var p = c.Parameters;
        p.AddWithValue("$id", s.Id.ToString());
        p.AddWithValue("$url", s.Url);
        p.AddWithValue("$outlet", (object?)s.Outlet ?? DBNull.Value);
        p.AddWithValue("$list", (object?)s.List ?? DBNull.Value);
        p.AddWithValue("$role", s.Role);
        p.AddWithValue("$fetched_at", SqliteStore.Iso(s.FetchedAt));
        p.AddWithValue("$outcome", s.Outcome);
        p.AddWithValue("$http_status", (object?)s.HttpStatus ?? DBNull.Value);
        p.AddWithValue("$final_url", (object?)s.FinalUrl ?? DBNull.Value);
        p.AddWithValue("$failure", (object?)s.Failure ?? DBNull.Value);
        p.AddWithValue("$content_type", (object?)s.ContentType ?? DBNull.Value);
        p.AddWithValue("$body_length", s.BodyLength);
        p.AddWithValue("$body_sha256", (object?)(s.Warc?.PayloadSha256 ?? s.BodySha256) ?? DBNull.Value);
        p.AddWithValue("$truncated", s.Truncated ? 1 : 0);
        p.AddWithValue("$title", (object?)s.Title ?? DBNull.Value);
        p.AddWithValue("$text", (object?)s.Text ?? DBNull.Value);
        p.AddWithValue("$text_sha256", (object?)s.TextSha256 ?? DBNull.Value);
        p.AddWithValue("$simhash", (object?)s.SimHash ?? DBNull.Value);
        p.AddWithValue("$change_kind", (object?)s.ChangeKind ?? DBNull.Value);
        p.AddWithValue("$similarity", (object?)s.Similarity ?? DBNull.Value);
        p.AddWithValue("$compared_with", (object?)s.ComparedWith?.ToString() ?? DBNull.Value);
        p.AddWithValue("$warc_file", (object?)s.Warc?.File ?? DBNull.Value);
        p.AddWithValue("$warc_offset", (object?)s.Warc?.Offset ?? DBNull.Value);
        p.AddWithValue("$warc_length", (object?)s.Warc?.Length ?? DBNull.Value);
    }

    private static void BindArticle(SqliteCommand c, TrackedArticle a)
    {
        var p = c.Parameters;
        p.AddWithValue("$url", a.Url);
        p.AddWithValue("$outlet", a.Outlet);
        p.AddWithValue("$list", (object?)a.List ?? DBNull.Value);
        p.AddWithValue("$title", (object?)a.Title ?? DBNull.Value);
        p.AddWithValue("$published_at", a.PublishedAt is { } published ? SqliteStore.Iso(published) : DBNull.Value);
        p.AddWithValue("$first_seen_at", SqliteStore.Iso(a.FirstSeenAt));
        p.AddWithValue("$source", a.Source);
        p.AddWithValue("$state", a.State);
        p.AddWithValue("$checks", a.Checks);
        p.AddWithValue("$next_check_at", SqliteStore.Iso(a.NextCheckAt));
        p.AddWithValue("$last_checked_at", a.LastCheckedAt is { } checkedAt ? SqliteStore.Iso(checkedAt) : DBNull.Value);
        p.AddWithValue("$last_good_snapshot", (object?)a.LastGoodSnapshot?.ToString() ?? DBNull.Value);
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? NullableTime(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Time(r.GetString(i));

    private static DateTimeOffset Time(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
