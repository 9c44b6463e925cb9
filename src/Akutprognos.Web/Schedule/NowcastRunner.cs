using System.Globalization;
using Akutprognos.Storage;

namespace Akutprognos.Web.Schedule;

/// <summary>Runs <see cref="NowcastJob"/> for the schedule, one at a time, and records each run (kind "nowcast").</summary>
public sealed class NowcastRunner(AkutprognosDatabase database, WebAppOptions options, TimeProvider clock, ILogger<NowcastRunner> log)
{
    /// <summary>The kind recorded in the runs table.</summary>
    public const string Kind = "nowcast";

    readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Issues the nowcast of <paramref name="issuedAt"/>; returns whether it was stored. A failure is recorded, never thrown.</summary>
    public async Task<bool> RunAsync(DateTimeOffset issuedAt, string trigger, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var issue = NowcastIssue.Of(issuedAt, options.Zone);
            var run = database.StartRun(Kind, issue.Date);
            var elapsed = System.Diagnostics.Stopwatch.StartNew();
            bool ok;
            string detail;
            try
            {
                var job = new NowcastJob(database, options.Holidays, options.Zone, clock);
                var stored = await Task.Run(() => job.Run(issuedAt), cancellationToken);
                (ok, detail) = (true, string.Create(CultureInfo.InvariantCulture,
                    $"{trigger}: issued at {issue.Hour:00}:00, {stored.Count} series nowcast for {issue.Date:yyyy-MM-dd} in {elapsed.Elapsed.TotalSeconds:F1} s"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed nowcast is recorded; the nightly forecast stands and the server stays up.
                (ok, detail) = (false, $"{trigger}: issued at {issue.Hour:00}:00: {e.Message}");
            }
            database.FinishRun(run, ok, detail);
            log.Log(ok ? LogLevel.Information : LogLevel.Error, "Nowcast run: {Detail}", detail);
            return ok;
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
