using Akutprognos.Core.Forecasting;
using Akutprognos.Storage;
using Akutprognos.Storage.Runs;
using Akutprognos.Web.Dashboard;
using Akutprognos.Web.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Akutprognos.Web.Api;

/// <summary>Recent accuracy of one series: the production model against the benchmarks, one day ahead.</summary>
/// <param name="Series">The ED's code in the data, or "total"; the key to use in programs.</param>
/// <param name="DisplayName">The name people read: the display name an admin gave the ED on Settings → Sites, else its code; "Region (all EDs)" for the region.</param>
/// <param name="TestDays">Days scored.</param>
/// <param name="Selected">The model the nightly run uses.</param>
/// <param name="Models">Each model's MAPE (percent) and interval coverage on those days.</param>
/// <param name="PoissonFloorMape">The MAPE even a perfect-mean forecast has from Poisson noise, percent.</param>
public sealed record SeriesAccuracy(string Series, string DisplayName, int TestDays, string Selected, IReadOnlyList<ModelAccuracy> Models, double PoissonFloorMape);

/// <summary>One model's scores: MAPE in percent, coverage as shares of days.</summary>
public sealed record ModelAccuracy(string Model, double Mape, double Mae, double Coverage80, double Coverage95);

/// <summary>
/// Recent accuracy: from the stored nightly forecasts when enough of them have met their arrivals (<c>source</c> "stored"),
/// else from the backtest (<c>source</c> "backtest"); the other list is then empty.
/// </summary>
/// <param name="Source">"stored" or "backtest".</param>
/// <param name="StoredDays">The most scored days of stored forecasts any series has.</param>
/// <param name="MinStoredDays">How many are needed before they are used.</param>
/// <param name="Stored">Per series, the stored forecasts against the arrivals.</param>
/// <param name="Backtest">Per series, the backtest.</param>
public sealed record AccuracyReport(string Source, int StoredDays, int MinStoredDays, IReadOnlyList<StoredAccuracyValue> Stored, IReadOnlyList<SeriesAccuracy> Backtest);

/// <summary>One series' stored forecasts against the arrivals; percentages in percent, coverage as shares; null where there are no days.</summary>
/// <param name="Series">The ED's code in the data, or "total"; the key to use in programs.</param>
/// <param name="DisplayName">The name people read: the display name an admin gave the ED on Settings → Sites, else its code; "Region (all EDs)" for the region.</param>
/// <param name="Days">Days scored.</param>
/// <param name="Model">The model of the latest stored forecast.</param>
/// <param name="Mape">MAPE of the stored forecasts.</param>
/// <param name="Mae">Mean absolute error, arrivals.</param>
/// <param name="CalendarMape">MAPE of the calendar benchmark stored the same nights, over the days it was stored for.</param>
/// <param name="CalendarDays">Days with a stored calendar benchmark.</param>
/// <param name="Coverage80">Share of days inside the 80% interval.</param>
/// <param name="Coverage95">Share of days inside the 95% interval.</param>
/// <param name="Daily">Each day: the actual and what was stored.</param>
public sealed record StoredAccuracyValue(
    string Series, string DisplayName, int Days, string Model, double? Mape, double? Mae, double? CalendarMape, int CalendarDays, double? Coverage80, double? Coverage95,
    IReadOnlyList<StoredDayValue> Daily);

/// <summary>One scored day: the actual, the stored forecast with its intervals, and the calendar benchmark (null when not stored).</summary>
public sealed record StoredDayValue(DateOnly Date, double Actual, double Mean, double Lo80, double Hi80, double Lo95, double Hi95, double? Calendar);

/// <summary><c>/api/accuracy</c>, <c>/api/runs</c>: how well the forecasts do and what the schedule did.</summary>
public static class StatusApi
{
    public static RouteGroupBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Status");
        group.MapGet("/accuracy", Ok<AccuracyReport> (AccuracyData accuracy, DashboardData data) =>
            {
                var names = data.Names();
                return TypedResults.Ok(accuracy.HasStored
                    ? new AccuracyReport("stored", accuracy.StoredDays, AccuracyData.MinStoredDays, [.. accuracy.Stored().Select(s => Of(s, names))], [])
                    : new AccuracyReport("backtest", accuracy.StoredDays, AccuracyData.MinStoredDays, [], [.. accuracy.Backtested().Select(b => Of(b, names))]));
            })
            .WithSummary("Recent one-day-ahead accuracy per series")
            .WithDescription($"The forecasts stored by the nightly runs over the last {AccuracyData.Weeks} weeks against the arrivals that came, " +
                $"with the calendar benchmark stored the same nights and interval coverage. With fewer than {AccuracyData.MinStoredDays} scored days " +
                "(a fresh install) the rolling-origin backtest over those weeks instead: the production model against the calendar and seasonal-naive benchmarks.");
        group.MapGet("/runs", Ok<IReadOnlyList<JobRun>> (AkutprognosDatabase database) => TypedResults.Ok(database.Runs()))
            .WithSummary("The latest scheduled and manual runs and their outcome");
        return group;
    }

    static StoredAccuracyValue Of(StoredSeriesAccuracy s, SiteNames names)
    {
        var any = s.Days.Count > 0;
        return new(s.Series, names.Shown(s.Series), s.Days.Count, s.LatestModel, any ? R(s.Scores.Mape, 2) : null, any ? R(s.Scores.Mae, 1) : null,
            double.IsNaN(s.CalendarMape) ? null : R(s.CalendarMape, 2), s.CalendarDays,
            any ? R(s.Scores.Coverage80, 3) : null, any ? R(s.Scores.Coverage95, 3) : null,
            [.. s.Days.Select((d, i) => new StoredDayValue(d.Date, d.Actual, R(d.Outcome.Mean, 1),
                R(d.Outcome.Interval80.Lower, 1), R(d.Outcome.Interval80.Upper, 1), R(d.Outcome.Interval95.Lower, 1), R(d.Outcome.Interval95.Upper, 1),
                s.CalendarMeans[i] is { } c ? R(c, 1) : null))]);
    }

    static double R(double value, int digits) => Math.Round(value, digits);

    static SeriesAccuracy Of(SeriesBacktest b, SiteNames names) => new(
        b.Series, names.Shown(b.Series), b.TestDays, b.Selected,
        [.. b.Models.Select(m => new ModelAccuracy(m.Model, Math.Round(m.Mape, 2), Math.Round(m.Mae, 1), Math.Round(m.Coverage80, 3), Math.Round(m.Coverage95, 3)))],
        Math.Round(b.PoissonFloorMape, 2));
}
