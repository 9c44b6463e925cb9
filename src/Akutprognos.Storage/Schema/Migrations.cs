namespace Akutprognos.Storage.Schema;

/// <summary>
/// The schema as an ordered list of steps; step i (from 0) brings the database to version i + 1.
/// Never edit a released step, append a new one. The text is SQL both backends accept, with tokens
/// each backend replaces: <c>{id}</c> (an integer surrogate key), <c>{name}</c> (text that sorts
/// and compares byte-wise, so both backends order names alike), <c>{without_rowid}</c> (SQLite keeps
/// the rows in the primary key's tree instead of beside it) and <c>{bytes}</c> (a byte string).
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
        """
        CREATE TABLE visits (
            visit_key {bytes} NOT NULL PRIMARY KEY,
            site_id BIGINT NOT NULL REFERENCES sites (id),
            arrival_utc BIGINT NOT NULL,
            triage TEXT,
            age_band TEXT
        ) {without_rowid};
        CREATE INDEX visits_by_site_arrival ON visits (site_id, arrival_utc);
        CREATE TABLE site_feeds (
            site_id BIGINT NOT NULL PRIMARY KEY REFERENCES sites (id),
            complete_through TEXT NOT NULL CHECK (length(complete_through) = 10)
        );
        CREATE TABLE health_findings (
            site_id BIGINT NOT NULL REFERENCES sites (id),
            kind TEXT NOT NULL,
            start_utc BIGINT NOT NULL,
            end_utc BIGINT NOT NULL,
            detail TEXT NOT NULL,
            first_seen_utc BIGINT NOT NULL,
            PRIMARY KEY (site_id, kind, start_utc)
        );
        """,
    ];
}
