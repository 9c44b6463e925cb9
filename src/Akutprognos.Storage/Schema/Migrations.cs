namespace Akutprognos.Storage.Schema;

/// <summary>
/// The schema as an ordered list of steps; step i (from 0) brings the database to version i + 1.
/// Never edit a released step, append a new one. The text is SQL both backends accept, with three
/// tokens each backend replaces: <c>{id}</c> (an integer surrogate key), <c>{name}</c> (text that sorts
/// and compares byte-wise, so both backends order names alike) and <c>{without_rowid}</c> (SQLite keeps
/// the rows in the primary key's tree instead of beside it).
/// Instants are UTC epoch seconds; local dates are 'YYYY-MM-DD'.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE sites (
            id {id},
            name {name} NOT NULL UNIQUE CHECK (length(name) > 0),
            created_utc BIGINT NOT NULL
        );
        CREATE TABLE arrivals_hourly (
            site_id BIGINT NOT NULL REFERENCES sites (id),
            hour_utc BIGINT NOT NULL CHECK (hour_utc % 3600 = 0),
            arrivals INTEGER NOT NULL CHECK (arrivals >= 0),
            PRIMARY KEY (site_id, hour_utc)
        ) {without_rowid};
        CREATE TABLE arrivals_daily (
            site_id BIGINT NOT NULL REFERENCES sites (id),
            local_date TEXT NOT NULL CHECK (length(local_date) = 10),
            arrivals INTEGER NOT NULL CHECK (arrivals >= 0),
            PRIMARY KEY (site_id, local_date)
        ) {without_rowid};
        CREATE TABLE visitors_hourly (
            signal {name} NOT NULL CHECK (length(signal) > 0),
            hour_utc BIGINT NOT NULL CHECK (hour_utc % 3600 = 0),
            visitors INTEGER NOT NULL CHECK (visitors >= 0),
            PRIMARY KEY (signal, hour_utc)
        ) {without_rowid};
        CREATE TABLE forecast_days (
            series {name} NOT NULL CHECK (length(series) > 0),
            local_date TEXT NOT NULL CHECK (length(local_date) = 10),
            model TEXT NOT NULL,
            mean DOUBLE PRECISION NOT NULL,
            lo80 DOUBLE PRECISION NOT NULL,
            hi80 DOUBLE PRECISION NOT NULL,
            lo95 DOUBLE PRECISION NOT NULL,
            hi95 DOUBLE PRECISION NOT NULL,
            fallback TEXT,
            created_utc BIGINT NOT NULL,
            PRIMARY KEY (series, local_date)
        );
        CREATE TABLE forecast_hours (
            series {name} NOT NULL,
            local_date TEXT NOT NULL,
            hour_utc BIGINT NOT NULL,
            mean DOUBLE PRECISION NOT NULL,
            lo80 DOUBLE PRECISION NOT NULL,
            hi80 DOUBLE PRECISION NOT NULL,
            lo95 DOUBLE PRECISION NOT NULL,
            hi95 DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (series, local_date, hour_utc),
            FOREIGN KEY (series, local_date) REFERENCES forecast_days (series, local_date) ON DELETE CASCADE
        );
        CREATE TABLE imports (
            id {id},
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            rows_read BIGINT NOT NULL,
            rows_inserted BIGINT NOT NULL,
            rows_changed BIGINT NOT NULL,
            imported_utc BIGINT NOT NULL
        );
        """,
        // Accounts, API keys, the audit log, settings, and the runs of scheduled jobs (the web host).
        """
        CREATE TABLE users (
            id {id},
            name {name} NOT NULL UNIQUE CHECK (length(name) > 0),
            role TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'viewer')),
            password_hash TEXT NOT NULL,
            disabled BIGINT NOT NULL DEFAULT 0,
            created_utc BIGINT NOT NULL
        );
        CREATE TABLE api_keys (
            id {id},
            name TEXT NOT NULL CHECK (length(name) > 0),
            key_hash TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'viewer')),
            created_utc BIGINT NOT NULL,
            revoked_utc BIGINT
        );
        CREATE TABLE audit_log (
            id {id},
            at_utc BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE TABLE settings (
            name {name} PRIMARY KEY,
            value TEXT NOT NULL,
            changed_utc BIGINT NOT NULL
        );
        CREATE TABLE job_runs (
            id {id},
            kind TEXT NOT NULL,
            target_date TEXT,
            started_utc BIGINT NOT NULL,
            finished_utc BIGINT,
            outcome TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        """,
    ];
}
