namespace Akutprognos.Storage.Visits;

/// <summary>
/// One visit row for staging, checked and in stored form. Sites are staged as small numbers (the order in
/// which the input first names them), so that a million rows do not each carry and join a name.
/// </summary>
internal readonly record struct StagedVisit(byte[] Key, int SiteNumber, long ArrivalUtc, string? Triage, string? AgeBand, long Origin)
{
    /// <summary>
    /// After staging, <c>staged_visits</c> holds the first row of each key and <c>staged_repeats</c> every later
    /// row with a key already staged (identical repeats and conflicts alike).
    /// </summary>
    public const string CreateTables =
        """
        CREATE TEMP TABLE staged_visits (visit_key {bytes} NOT NULL PRIMARY KEY, site_no INTEGER NOT NULL, arrival_utc BIGINT NOT NULL, triage TEXT, age_band TEXT, origin BIGINT NOT NULL) {without_rowid};
        CREATE TEMP TABLE staged_repeats (visit_key {bytes} NOT NULL, site_no INTEGER NOT NULL, arrival_utc BIGINT NOT NULL, triage TEXT, age_band TEXT, origin BIGINT NOT NULL);
        """;

    public const string Columns = "visit_key, site_no, arrival_utc, triage, age_band, origin";
}
