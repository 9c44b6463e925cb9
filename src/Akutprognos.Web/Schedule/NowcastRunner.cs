using System.Globalization;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;
using Akutprognos.Storage.Runs;

namespace Akutprognos.Web.Schedule;

/// <summary>Runs the pipeline's <see cref="Nowcast"/> for the schedule, one at a time, and records each run (kind "nowcast").</summary>
public sealed class NowcastRunner(AkutprognosDatabase database, WebAppOptions options, TimeProvider clock, ILogger<NowcastRunner> log)
{
    /// <summary>The kind recorded in the runs table.</summary>
    public const string Kind = "nowcast";

    readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Issues the nowcast of <paramref name="issuedAt"/>; returns whether any was stored. A failure is recorded, never thrown.</summary>
    public async Task<bool> RunAsync(DateTimeOffset issuedAt, string trigger, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var issue = NowcastIssue.Of(issuedAt, options.Zone);
            var run = database.StartRun(Kind, issue.Date);
            var elapsed = System.Diagnostics.Stopwatch.StartNew();
            string outcome;
            string detail;
            try
            {
                var job = new Nowcast(database, SiteSetup.Load(database, options.Overrides), clock);
                var made = await Task.Run(() => job.Run(issuedAt), cancellationToken);
                outcome = made.Outcome;
                var skipped = made.Skipped.Count == 0 ? "" : $"; skipped: {string.Join("; ", made.Skipped.Select(s => s.Reason))}";
                detail = string.Create(CultureInfo.InvariantCulture,
                    $"{trigger}: issued at {issue.Hour:00}:00, {made.Stored.Count} series nowcast for {issue.Date:yyyy-MM-dd} in {elapsed.Elapsed.TotalSeconds:F1} s{skipped}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed nowcast is recorded; the nightly forecast stands and the server stays up.
                log.LogError(e, "Nowcast issued at {Hour}:00 failed", issue.Hour);
                (outcome, detail) = (RunOutcomes.Failed, $"{trigger}: issued at {issue.Hour:00}:00: {e.Message}");
            }
            database.FinishRun(run, outcome, detail);
            if (outcome == RunOutcomes.Ok)
            {
                log.LogInformation("Nowcast run: {Detail}", detail);
            }
            else
            {
                log.Log(outcome == RunOutcomes.Failed ? LogLevel.Error : LogLevel.Warning, "Nowcast run ({Outcome}): {Detail}", outcome, detail);
            }
            return outcome is RunOutcomes.Ok or RunOutcomes.Partial;
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
