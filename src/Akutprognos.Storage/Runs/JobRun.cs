using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Runs;

/// <summary>One run of a scheduled job and how it ended.</summary>
/// <param name="Id">The stored id.</param>
/// <param name="Kind">What ran: "forecast", "notices" …</param>
/// <param name="Date">The local date it worked on, if any.</param>
/// <param name="Started">When it started.</param>
/// <param name="Finished">When it ended, or null while running (or when the process died).</param>
/// <param name="Outcome">"running", "ok", "partial" (some series skipped), "skipped" (nothing could be made) or "failed".</param>
/// <param name="Detail">A summary or the error message.</param>
public sealed record JobRun(long Id, string Kind, DateOnly? Date, DateTimeOffset Started, DateTimeOffset? Finished, string Outcome, string Detail);

/// <summary>How a run can end.</summary>
public static class RunOutcomes
{
    /// <summary>Everything asked for was made.</summary>
    public const string Ok = "ok";

    /// <summary>Some series were made, others skipped with their reasons (the detail names them).</summary>
    public const string Partial = "partial";

    /// <summary>Nothing could be made from the data (the detail says why); not a fault.</summary>
    public const string Skipped = "skipped";

    /// <summary>A fault stopped the run (storage, a bug).</summary>
    public const string Failed = "failed";

    /// <summary>Every outcome a finished run may have.</summary>
    public static IReadOnlyList<string> All { get; } = [Ok, Partial, Skipped, Failed];
}

internal static class RunStore
{
    public static long Start(DbTransaction transaction, string kind, DateOnly? date, long nowUtc) =>
        transaction.Scalar(
            "INSERT INTO job_runs (kind, target_date, started_utc, outcome, detail) VALUES (@p0, @p1, @p2, 'running', '') RETURNING id",
            kind, date is { } d ? Instants.DateToText(d) : null, nowUtc);

    public static void Finish(DbTransaction transaction, long id, string outcome, string detail, long nowUtc) =>
        transaction.Execute(
            "UPDATE job_runs SET finished_utc = @p1, outcome = @p2, detail = @p3 WHERE id = @p0",
            id, nowUtc, RunOutcomes.All.Contains(outcome) ? outcome : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a run outcome"), detail);

    public static List<JobRun> Latest(DbConnection connection, int count) =>
        connection.Query(
            "SELECT id, kind, target_date, started_utc, finished_utc, outcome, detail FROM job_runs ORDER BY id DESC LIMIT @p0",
            row => new JobRun(
                row.GetInt64(0), row.GetString(1), row.IsDBNull(2) ? null : Instants.DateFromText(row.GetString(2)),
                DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(3)),
                row.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(4)),
                row.GetString(5), row.GetString(6)),
            (long)count);

    /// <summary>When the stored forecast of <paramref name="date"/> was made (the latest series), or null when none is stored.</summary>
    public static DateTimeOffset? ForecastMade(DbConnection connection, DateOnly date)
    {
        var made = connection.Query(
            "SELECT MAX(created_utc) FROM forecast_days WHERE local_date = @p0",
            row => row.IsDBNull(0) ? (long?)null : row.GetInt64(0), Instants.DateToText(date)).Single();
        return made is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
