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
    ];

    public static int Latest => All[^1].Version;
}
