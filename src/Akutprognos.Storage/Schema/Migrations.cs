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
        CREATE TABLE staffing_config (
            name {name} PRIMARY KEY,
            body TEXT NOT NULL,
            updated_utc BIGINT NOT NULL
        );
        CREATE TABLE roster_lines (
            site_id BIGINT NOT NULL REFERENCES sites (id),
            role {name} NOT NULL CHECK (length(role) > 0),
            start_date TEXT NOT NULL CHECK (length(start_date) = 10),
            start_utc BIGINT NOT NULL,
            end_utc BIGINT NOT NULL CHECK (end_utc > start_utc),
            staff INTEGER NOT NULL CHECK (staff > 0),
            PRIMARY KEY (site_id, role, start_utc, end_utc)
        );
        CREATE INDEX roster_lines_start ON roster_lines (start_utc);
        CREATE TABLE staffing_hours (
            local_date TEXT NOT NULL CHECK (length(local_date) = 10),
            site {name} NOT NULL,
            role {name} NOT NULL,
            hour_utc BIGINT NOT NULL CHECK (hour_utc % 3600 = 0),
            arrivals DOUBLE PRECISION NOT NULL,
            offered_load DOUBLE PRECISION NOT NULL,
            required INTEGER NOT NULL CHECK (required >= 0),
            planned INTEGER NOT NULL CHECK (planned >= 0),
            rostered INTEGER CHECK (rostered >= 0),
            PRIMARY KEY (local_date, site, role, hour_utc)
        );
        CREATE TABLE staffing_shifts (
            local_date TEXT NOT NULL CHECK (length(local_date) = 10),
            site {name} NOT NULL,
            role {name} NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('plan', 'call-in', 'release')),
            start_utc BIGINT NOT NULL,
            end_utc BIGINT NOT NULL CHECK (end_utc > start_utc),
            staff INTEGER NOT NULL CHECK (staff > 0),
            PRIMARY KEY (local_date, site, role, kind, start_utc, end_utc)
        );
        """,
        // The meeting board (Tvärgrupp). Entries and micro-project updates are append-only.
        """
        CREATE TABLE board_meetings (
            id {id},
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            start_utc BIGINT NOT NULL,
            time_zone TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            room TEXT NOT NULL,
            video_link TEXT,
            repeats_monthly INTEGER NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            created_utc BIGINT NOT NULL
        );
        CREATE TABLE board_participants (
            meeting_id BIGINT NOT NULL REFERENCES board_meetings (id),
            email {name} NOT NULL,
            name TEXT NOT NULL,
            department TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('participant', 'moderator')),
            PRIMARY KEY (meeting_id, email)
        );
        CREATE TABLE board_cards (
            id {id},
            meeting_id BIGINT NOT NULL REFERENCES board_meetings (id),
            kind TEXT NOT NULL CHECK (kind IN ('challenge', 'idea', 'project')),
            department TEXT NOT NULL,
            author TEXT NOT NULL,
            title TEXT NOT NULL,
            background TEXT NOT NULL,
            current_state TEXT NOT NULL,
            desired_state TEXT NOT NULL,
            obstacles TEXT NOT NULL,
            body TEXT NOT NULL,
            goal TEXT NOT NULL,
            owner TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            revealed INTEGER NOT NULL,
            created_utc BIGINT NOT NULL
        );
        CREATE INDEX board_cards_meeting ON board_cards (meeting_id);
        CREATE TABLE board_entries (
            id {id},
            card_id BIGINT NOT NULL REFERENCES board_cards (id),
            kind TEXT NOT NULL CHECK (kind IN ('idea', 'comment', 'note', 'solution')),
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created_utc BIGINT NOT NULL
        );
        CREATE INDEX board_entries_card ON board_entries (card_id);
        CREATE TABLE board_links (
            id {id},
            from_card_id BIGINT NOT NULL REFERENCES board_cards (id),
            to_card_id BIGINT NOT NULL REFERENCES board_cards (id),
            kind TEXT NOT NULL CHECK (kind IN ('similar', 'could-help')),
            author TEXT NOT NULL,
            created_utc BIGINT NOT NULL,
            UNIQUE (from_card_id, to_card_id, kind),
            CHECK (from_card_id <> to_card_id)
        );
        CREATE TABLE board_micro_projects (
            id {id},
            title TEXT NOT NULL,
            owner TEXT NOT NULL,
            created_utc BIGINT NOT NULL
        );
        CREATE TABLE board_micro_project_cards (
            project_id BIGINT NOT NULL REFERENCES board_micro_projects (id),
            card_id BIGINT NOT NULL REFERENCES board_cards (id),
            PRIMARY KEY (project_id, card_id)
        );
        CREATE TABLE board_micro_project_updates (
            id {id},
            project_id BIGINT NOT NULL REFERENCES board_micro_projects (id),
            meeting_id BIGINT REFERENCES board_meetings (id),
            status TEXT NOT NULL,
            next_step TEXT NOT NULL,
            note TEXT NOT NULL,
            author TEXT NOT NULL,
            created_utc BIGINT NOT NULL
        );
        """,
        // Per-hour visitor sketches, so that logs of the same hours from several runs merge.
        """
        CREATE TABLE visitor_sketches (
            signal {name} NOT NULL CHECK (length(signal) > 0),
            hour_utc BIGINT NOT NULL CHECK (hour_utc % 3600 = 0),
            sketch BYTEA NOT NULL,
            PRIMARY KEY (signal, hour_utc)
        ) {without_rowid};
        """,
        // Visits under keyed hashes of their ids, how far each feed is complete, and data-health findings.
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
        // Evening nowcasts by hour of issue; what the nightly forecast was scaled by to add up to the region, and
        // what the calendar benchmark said that night, so accuracy can be measured from what was stored.
        """
        CREATE TABLE nowcasts (
            series {name} NOT NULL CHECK (length(series) > 0),
            local_date TEXT NOT NULL CHECK (length(local_date) = 10),
            issue_hour INTEGER NOT NULL CHECK (issue_hour BETWEEN 1 AND 24),
            model TEXT NOT NULL,
            mean DOUBLE PRECISION NOT NULL,
            lo80 DOUBLE PRECISION NOT NULL,
            hi80 DOUBLE PRECISION NOT NULL,
            lo95 DOUBLE PRECISION NOT NULL,
            hi95 DOUBLE PRECISION NOT NULL,
            fallback TEXT,
            region_scale DOUBLE PRECISION,
            recent_mape DOUBLE PRECISION,
            issued_utc BIGINT NOT NULL,
            PRIMARY KEY (series, local_date, issue_hour)
        );
        ALTER TABLE forecast_days ADD COLUMN region_scale DOUBLE PRECISION;
        ALTER TABLE forecast_days ADD COLUMN calendar_mean DOUBLE PRECISION;
        """,
        // Sites and regions configured once, in the database: each site's display name, zone, holiday calendar (a
        // code, or its own dates) and the hour its day closes; regions and the sites each counts. The region every
        // database has ('total') takes every site an admin had not taken out of it, and the display names move here
        // from the settings table.
        """
        ALTER TABLE sites ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE sites ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Stockholm';
        ALTER TABLE sites ADD COLUMN holidays TEXT NOT NULL DEFAULT 'SE';
        ALTER TABLE sites ADD COLUMN day_closes_at INTEGER NOT NULL DEFAULT 6 CHECK (day_closes_at BETWEEN 0 AND 23);
        CREATE TABLE site_holidays (
            site_id BIGINT NOT NULL REFERENCES sites (id),
            local_date TEXT NOT NULL CHECK (length(local_date) = 10),
            name TEXT NOT NULL,
            PRIMARY KEY (site_id, local_date)
        );
        CREATE TABLE regions (
            id {id},
            code {name} NOT NULL UNIQUE CHECK (length(code) > 0),
            display_name TEXT NOT NULL,
            created_utc BIGINT NOT NULL
        );
        CREATE TABLE region_sites (
            region_id BIGINT NOT NULL REFERENCES regions (id),
            site_id BIGINT NOT NULL REFERENCES sites (id),
            PRIMARY KEY (region_id, site_id)
        );
        INSERT INTO regions (code, display_name, created_utc) VALUES ('total', '', 0);
        INSERT INTO region_sites (region_id, site_id)
            SELECT r.id, s.id FROM regions r, sites s
            WHERE r.code = 'total'
              AND NOT EXISTS (SELECT 1 FROM settings x WHERE x.name = 'site.' || s.name || '.in-region' AND x.value = 'no');
        UPDATE sites SET display_name = COALESCE(
            (SELECT x.value FROM settings x WHERE x.name = 'site.' || sites.name || '.display-name'), '');
        DELETE FROM settings WHERE name LIKE 'site.%.display-name' OR name LIKE 'site.%.in-region';
        """,
        // Dot voting and reactions on the board. A vote fills one of the voter's numbered slots, below the budget when
        // cast: the primary key keeps two votes cast at once from sharing a slot, so nobody holds more than the budget.
        """
        CREATE TABLE board_voting (
            meeting_id BIGINT NOT NULL PRIMARY KEY REFERENCES board_meetings (id),
            budget INTEGER NOT NULL CHECK (budget >= 0),
            revealed_utc BIGINT
        );
        CREATE TABLE board_votes (
            meeting_id BIGINT NOT NULL REFERENCES board_meetings (id),
            voter {name} NOT NULL,
            slot INTEGER NOT NULL CHECK (slot >= 0),
            card_id BIGINT NOT NULL REFERENCES board_cards (id),
            created_utc BIGINT NOT NULL,
            PRIMARY KEY (meeting_id, voter, slot)
        );
        CREATE INDEX board_votes_card ON board_votes (card_id);
        CREATE TABLE board_reactions (
            card_id BIGINT NOT NULL REFERENCES board_cards (id),
            author {name} NOT NULL,
            reaction TEXT NOT NULL CHECK (reaction IN ('thumbs-up', 'heart', 'bulb')),
            created_utc BIGINT NOT NULL,
            PRIMARY KEY (card_id, author, reaction)
        );
        """,
        // Cards edited, withdrawn by their author or hidden by the moderator: a removed card stays in board_cards off
        // the board, and every change keeps the card as it was before, so nothing written is lost.
        """
        ALTER TABLE board_cards ADD COLUMN removed TEXT CHECK (removed IN ('withdrawn', 'hidden'));
        CREATE TABLE board_card_changes (
            id {id},
            card_id BIGINT NOT NULL REFERENCES board_cards (id),
            change TEXT NOT NULL CHECK (change IN ('edited', 'withdrawn', 'hidden')),
            actor TEXT NOT NULL,
            title TEXT NOT NULL,
            background TEXT NOT NULL,
            current_state TEXT NOT NULL,
            desired_state TEXT NOT NULL,
            obstacles TEXT NOT NULL,
            body TEXT NOT NULL,
            goal TEXT NOT NULL,
            owner TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            created_utc BIGINT NOT NULL
        );
        CREATE INDEX board_card_changes_card ON board_card_changes (card_id);
        """,
    ];
}
