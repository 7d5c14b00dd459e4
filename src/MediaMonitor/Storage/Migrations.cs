namespace MediaMonitor.Storage;

/// <summary>
/// The store's schema, as an append-only list. Never edit a shipped migration: add the next one.
/// The version applied is kept in PRAGMA user_version and each step in schema_migrations.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "measurements and outbox", """
            CREATE TABLE measurements (
                id            TEXT PRIMARY KEY,
                started_at    TEXT NOT NULL,
                url           TEXT NOT NULL,
                host          TEXT NOT NULL,
                list          TEXT,
                outlet        TEXT,
                vantage       TEXT NOT NULL,
                failure       TEXT,
                failed_phase  TEXT,
                http_status   INTEGER,
                body_length   INTEGER,
                body_sha256   TEXT,
                title         TEXT,
                dns_ms        REAL,
                connect_ms    REAL,
                tls_ms        REAL,
                first_byte_ms REAL,
                total_ms      REAL NOT NULL,
                redirects     INTEGER NOT NULL,
                document      TEXT NOT NULL
            ) STRICT;
            CREATE INDEX measurements_started_at ON measurements (started_at);
            CREATE INDEX measurements_url_started_at ON measurements (url, started_at);
            CREATE INDEX measurements_outlet_started_at ON measurements (outlet, started_at);

            -- Written in the same transaction as the finding it names; drained by the indexer and alerts.
            CREATE TABLE outbox (
                seq        INTEGER PRIMARY KEY AUTOINCREMENT,
                kind       TEXT NOT NULL,
                entity_id  TEXT NOT NULL,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX outbox_kind_seq ON outbox (kind, seq);

            -- How far each consumer of the outbox has read.
            CREATE TABLE outbox_cursors (
                consumer TEXT PRIMARY KEY,
                last_seq INTEGER NOT NULL
            ) STRICT;

            CREATE TABLE cycles (
                id          TEXT PRIMARY KEY,
                list        TEXT,
                vantage     TEXT NOT NULL,
                started_at  TEXT NOT NULL,
                finished_at TEXT,
                targets     INTEGER NOT NULL,
                ok          INTEGER,
                failed      INTEGER,
                summary     TEXT
            ) STRICT;
            """),
        new(2, "verdicts and attempts", """
            ALTER TABLE measurements ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE measurements ADD COLUMN verdict TEXT;
            ALTER TABLE measurements ADD COLUMN method TEXT;
            ALTER TABLE measurements ADD COLUMN confidence REAL;
            ALTER TABLE measurements ADD COLUMN control_failure TEXT;
            CREATE INDEX measurements_verdict_started_at ON measurements (verdict, started_at);
            """),
        new(3, "content snapshots, tracked articles and signals", """
            -- One fetch of a page or an article for content monitoring. text is the extracted main text,
            -- kept so the next fetch can be compared with it; warc_* point at the response record.
            CREATE TABLE snapshots (
                id            TEXT PRIMARY KEY,
                url           TEXT NOT NULL,
                outlet        TEXT,
                list          TEXT,
                role          TEXT NOT NULL,
                fetched_at    TEXT NOT NULL,
                outcome       TEXT NOT NULL,
                http_status   INTEGER,
                final_url     TEXT,
                failure       TEXT,
                content_type  TEXT,
                body_length   INTEGER,
                body_sha256   TEXT,
                truncated     INTEGER NOT NULL DEFAULT 0,
                title         TEXT,
                text          TEXT,
                text_sha256   TEXT,
                simhash       TEXT,
                change_kind   TEXT,
                similarity    REAL,
                compared_with TEXT,
                warc_file     TEXT,
                warc_offset   INTEGER,
                warc_length   INTEGER
            ) STRICT;
            CREATE INDEX snapshots_url_fetched_at ON snapshots (url, fetched_at);
            CREATE INDEX snapshots_outlet_fetched_at ON snapshots (outlet, fetched_at);

            CREATE TABLE articles (
                url                TEXT PRIMARY KEY,
                outlet             TEXT NOT NULL,
                list               TEXT,
                title              TEXT,
                published_at       TEXT,
                first_seen_at      TEXT NOT NULL,
                source             TEXT NOT NULL,
                state              TEXT NOT NULL,
                checks             INTEGER NOT NULL DEFAULT 0,
                next_check_at      TEXT NOT NULL,
                last_checked_at    TEXT,
                last_good_snapshot TEXT REFERENCES snapshots (id)
            ) STRICT;
            CREATE INDEX articles_outlet_state_next ON articles (outlet, state, next_check_at);

            -- Events a person cares about; each written with its outbox row in one transaction.
            CREATE TABLE signals (
                id           TEXT PRIMARY KEY,
                kind         TEXT NOT NULL,
                detected_at  TEXT NOT NULL,
                outlet       TEXT,
                list         TEXT,
                url          TEXT NOT NULL,
                reason       TEXT,
                snapshot_id  TEXT REFERENCES snapshots (id),
                previous_snapshot_id TEXT REFERENCES snapshots (id),
                document     TEXT NOT NULL
            ) STRICT;
            CREATE INDEX signals_kind_detected_at ON signals (kind, detected_at);
            CREATE INDEX signals_outlet_detected_at ON signals (outlet, detected_at);
            """),
        new(4, "legal events", """
            -- One legal event (a lawsuit against an outlet, a journalist's detention) however many
            -- articles report it; each report is a signal pointing here.
            CREATE TABLE legal_events (
                id            TEXT PRIMARY KEY,
                kind          TEXT NOT NULL,
                subject       TEXT NOT NULL,
                first_seen_at TEXT NOT NULL,
                last_seen_at  TEXT NOT NULL,
                sources       INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX legal_events_kind_subject_last ON legal_events (kind, subject, last_seen_at);
            ALTER TABLE signals ADD COLUMN subject TEXT;
            ALTER TABLE signals ADD COLUMN event_id TEXT REFERENCES legal_events (id);
            CREATE INDEX signals_event ON signals (event_id);
            """),
        new(5, "trend dimensions, content-change outbox rows and the index's set-aside items", """
            -- What trends group by, as columns: the site list's category, the vantage's country and network.
            ALTER TABLE measurements ADD COLUMN category TEXT;
            ALTER TABLE measurements ADD COLUMN country TEXT;
            ALTER TABLE measurements ADD COLUMN network TEXT;
            -- 1 for an attempt that was followed by another (a suspected block measured again); trends count the last only.
            ALTER TABLE measurements ADD COLUMN retried INTEGER NOT NULL DEFAULT 0;
            -- Documents from before vantages had a country and network get the values new ones get: ZZ and AS0, unknown.
            UPDATE measurements SET country = coalesce(json_extract(document, '$.vantage_country'), 'ZZ'),
                                    network = coalesce(json_extract(document, '$.vantage_network'), 'AS0');
            UPDATE measurements SET retried = 1 WHERE EXISTS (
                SELECT 1 FROM measurements n
                WHERE n.url = measurements.url AND n.vantage = measurements.vantage AND n.attempt = measurements.attempt + 1
                  AND n.started_at >= measurements.started_at
                  AND julianday(n.started_at) - julianday(measurements.started_at) < 1.0 / 24);
            CREATE INDEX measurements_final_started_at ON measurements (retried, started_at);

            -- Content changes (snapshots with a change) go to the index too; queue the ones already stored.
            INSERT INTO outbox (kind, entity_id, created_at)
                SELECT 'change', id, fetched_at FROM snapshots WHERE change_kind IS NOT NULL AND change_kind <> 'none' ORDER BY fetched_at;

            -- Outbox items the index refused for good (a mapping conflict, say), kept with the reason.
            CREATE TABLE index_rejects (
                seq         INTEGER PRIMARY KEY,
                kind        TEXT NOT NULL,
                entity_id   TEXT NOT NULL,
                index_name  TEXT NOT NULL,
                status      INTEGER NOT NULL,
                reason      TEXT NOT NULL,
                rejected_at TEXT NOT NULL
            ) STRICT;
            """),
    ];

    public static int Latest => All[^1].Version;
}
