namespace Akutprognos.Storage.Visits;

/// <summary>One visit row for the temporary table <c>staged_visits</c>, checked and in stored form.</summary>
internal readonly record struct StagedVisit(byte[] Key, string Site, long ArrivalUtc, string? Triage, string? AgeBand, long Origin)
{
    public const string CreateTable =
        "CREATE TEMP TABLE staged_visits (visit_key {bytes} NOT NULL, site {name} NOT NULL, arrival_utc BIGINT NOT NULL, triage TEXT, age_band TEXT, origin BIGINT NOT NULL)";
}
