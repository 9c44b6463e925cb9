using System.Diagnostics;
using System.Globalization;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Csv;
using Akutprognos.Storage;
using Akutprognos.Web.Dashboard;
using Akutprognos.Web.Notices;
using Prometheus;

namespace Akutprognos.Web.Schedule;

/// <summary>How one forecast run ended.</summary>
/// <param name="Ok">Whether forecasts were stored.</param>
/// <param name="Detail">A one-line summary or the reason it failed.</param>
/// <param name="Lines">The forecasts, empty when it failed.</param>
/// <param name="Staffing">The staffing plan made from them, or null when none could be made (the detail says why).</param>
public sealed record RunOutcome(bool Ok, string Detail, IReadOnlyList<ForecastLine> Lines, StaffingPlan? Staffing = null);

/// <summary>
/// Runs <see cref="ForecastJob"/> for the schedule and for the "run now" button, one run at a time, records
/// each run, refreshes the pages' data, sends the notices and checks for late data feeds.
/// </summary>
public sealed class ForecastRunner(
    AkutprognosDatabase database, WebAppOptions options, NoticeSender notices, FeedWatch feeds, DashboardData dashboard, ILogger<ForecastRunner> log)
{
    static readonly Counter Runs = Metrics.CreateCounter("akutprognos_forecast_runs_total", "Forecast runs by outcome.", "outcome");
    static readonly Gauge LastSuccess = Metrics.CreateGauge("akutprognos_forecast_last_success_seconds", "Unix time of the latest forecast run that stored forecasts.");

    readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<RunOutcome> RunAsync(DateOnly date, string trigger, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var run = database.StartRun("forecast", date);
            var clock = Stopwatch.StartNew();
            RunOutcome outcome;
            try
            {
                var job = new ForecastJob(database, options.Holidays, options.Zone);
                var lines = await Task.Run(() => job.Run(date), cancellationToken);
                var detail = string.Create(CultureInfo.InvariantCulture,
                    $"{trigger}: {lines.Count} series forecast for {date:yyyy-MM-dd} in {clock.Elapsed.TotalSeconds:F1} s");
                var (plan, staffing) = await Task.Run(() => PlanStaffing(date), cancellationToken);
                outcome = new RunOutcome(true, $"{detail}; {staffing}", lines, plan);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run is recorded and alerted on; it must not take the server down with it.
                outcome = new RunOutcome(false, $"{trigger}: {e.Message}", []);
            }
            database.FinishRun(run, outcome.Ok, outcome.Detail);
            Runs.WithLabels(outcome.Ok ? "ok" : "failed").Inc();
            if (outcome.Ok)
            {
                LastSuccess.SetToCurrentTimeUtc();
            }
            dashboard.Refresh();
            log.Log(outcome.Ok ? LogLevel.Information : LogLevel.Error, "Forecast run: {Detail}", outcome.Detail);
            await notices.AfterRunAsync(date, outcome, cancellationToken);
            await feeds.CheckAsync(cancellationToken);
            return outcome;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Tomorrow's staffing from the forecast just stored. A plan that cannot be made does not fail the run: the forecast stands.</summary>
    (StaffingPlan? Plan, string Detail) PlanStaffing(DateOnly date)
    {
        try
        {
            var job = new StaffingJob(database, options.Zone);
            var plan = job.Run(date, job.StoredConfiguration());
            var changes = plan.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count));
            return (plan, $"staffing planned, {changes} roster changes recommended");
        }
        catch (Exception e) when (e is StaffingUnavailableException or InputException)
        {
            return (null, $"no staffing plan: {e.Message}");
        }
    }
}
