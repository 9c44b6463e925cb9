using System.Diagnostics;
using System.Globalization;
using Akutprognos.Core.Staffing;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using Akutprognos.Storage;
using Akutprognos.Storage.Runs;
using Akutprognos.Web.Dashboard;
using Akutprognos.Web.Notices;
using Prometheus;

namespace Akutprognos.Web.Schedule;

/// <summary>How one forecast run ended.</summary>
/// <param name="Ok">Whether forecasts were stored (all of them, or some with the others skipped).</param>
/// <param name="Detail">A one-line summary, or the reason nothing was made.</param>
/// <param name="Lines">The forecasts, empty when none was made.</param>
/// <param name="Staffing">The staffing plan made from them, or null when none could be made (the detail says why).</param>
/// <param name="Skipped">The series left out of the run, each with its reason.</param>
/// <param name="Outcome">ok, partial, skipped or failed (<see cref="RunOutcomes"/>).</param>
public sealed record RunOutcome(
    bool Ok, string Detail, IReadOnlyList<ForecastLine> Lines, StaffingPlan? Staffing = null, IReadOnlyList<SkippedSeries>? Skipped = null, string? Outcome = null)
{
    /// <summary>The stored outcome: as given, else ok or failed from <see cref="Ok"/>.</summary>
    public string Recorded => Outcome ?? (Ok ? RunOutcomes.Ok : RunOutcomes.Failed);
}

/// <summary>
/// Runs the pipeline's <see cref="NightlyForecast"/> and <see cref="StaffingRun"/> for the schedule and for the "run now"
/// button, one run at a time: records each run (ok, partial, skipped or failed), refreshes the pages' data, sends the
/// notices and checks for late data feeds.
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
                var setup = SiteSetup.Load(database, options.Overrides);
                var made = await Task.Run(() => new NightlyForecast(database, setup).Run(date), cancellationToken);
                var detail = string.Create(CultureInfo.InvariantCulture, $"{trigger}: {made.Summary()} in {clock.Elapsed.TotalSeconds:F1} s");
                if (made.Lines.Count == 0)
                {
                    outcome = new RunOutcome(false, detail, [], null, made.Skipped, made.Outcome);
                }
                else
                {
                    var (plan, staffing) = await Task.Run(() => PlanStaffing(date, setup), cancellationToken);
                    outcome = new RunOutcome(true, $"{detail}; {staffing}", made.Lines, plan, made.Skipped, made.Outcome);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault (storage, a bug) is recorded and alerted on; it must not take the server down with it.
                log.LogError(e, "Forecast run for {Date} failed", date);
                outcome = new RunOutcome(false, $"{trigger}: {e.Message}", []);
            }
            database.FinishRun(run, outcome.Recorded, outcome.Detail);
            Runs.WithLabels(outcome.Recorded).Inc();
            if (outcome.Ok)
            {
                LastSuccess.SetToCurrentTimeUtc();
            }
            dashboard.Refresh();
            if (outcome.Recorded == RunOutcomes.Ok)
            {
                log.LogInformation("Forecast run: {Detail}", outcome.Detail);
            }
            else
            {
                log.Log(outcome.Recorded == RunOutcomes.Failed ? LogLevel.Error : LogLevel.Warning, "Forecast run ({Outcome}): {Detail}", outcome.Recorded, outcome.Detail);
            }
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
    (StaffingPlan? Plan, string Detail) PlanStaffing(DateOnly date, SiteSetup setup)
    {
        var job = new StaffingRun(database, setup);
        var plan = job.Run(date, job.StoredConfiguration());
        if (plan.Value is not { } made)
        {
            return (null, $"no staffing plan: {plan.Reason}");
        }
        var changes = made.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count));
        return (made, $"staffing planned, {changes} roster changes recommended");
    }
}
