using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage;

/// <summary>The latest run of one kind that ended (or stands) at one outcome.</summary>
/// <param name="Kind">What ran: "forecast", "nowcast" …</param>
/// <param name="Outcome">The outcome as stored: "ok", "failed", "running", and whatever a later version records.</param>
/// <param name="Latest">When the latest such run finished, or started when it has not finished.</param>
public sealed record RunOutcomeLatest(string Kind, string Outcome, DateTimeOffset Latest);

// What an operations team's monitoring reads at every scrape: cheap aggregates, no history.
public sealed partial class AkutprognosDatabase
{
    /// <summary>Per kind of run and stored outcome, when the latest such run ended; by kind, then outcome.</summary>
    public IReadOnlyList<RunOutcomeLatest> LatestRunOutcomes() => Read(connection => (IReadOnlyList<RunOutcomeLatest>)connection.Query(
        """
        SELECT kind, outcome, MAX(COALESCE(finished_utc, started_utc)) FROM job_runs
        GROUP BY kind, outcome ORDER BY kind, outcome
        """,
        row => new RunOutcomeLatest(row.GetString(0), row.GetString(1), DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(2)))));
}
