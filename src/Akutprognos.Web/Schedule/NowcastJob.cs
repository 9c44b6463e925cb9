using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// An evening nowcast: tomorrow per site and for the region from the web signal seen so far this evening. Each series
/// runs the calendar+signal+level model whose evening windows end at the hour of issue
/// (<see cref="SignalWindow.AvailableAt"/>) — the model <see cref="NowcastBacktest"/> scores by hour of issue — with
/// intervals from its own one-day-ahead errors; hospitals are scaled to the region as at night; the result is stored
/// with its hour of issue and the model's recent MAPE at that hour.
/// </summary>
public sealed class NowcastJob(AkutprognosDatabase database, IHolidayCalendar calendar, TimeZoneInfo zone, TimeProvider clock)
{
    /// <summary>Makes and stores the nowcast issued at <paramref name="issuedAt"/>; throws <see cref="ForecastUnavailableException"/> when the data cannot support it.</summary>
    public IReadOnlyList<StoredNowcast> Run(DateTimeOffset issuedAt)
    {
        var issue = NowcastIssue.Of(issuedAt, zone);
        // Visitors of later hours are left out even when stored (a backfill): the nowcast is what could be said at that hour.
        var inputs = ForecastInputs.Read(database, zone, signalBefore: issuedAt);
        if (inputs.Evenings is null)
        {
            throw new ForecastUnavailableException($"{database.Description} holds no web visitors ('{ForecastJob.Signal}'): a nowcast needs the evening's signal");
        }
        var model = new LevelRegressionModel(useSignal: true, SignalWindow.AvailableAt(issue.Hour), $"@{issue.Hour}");
        var lines = inputs.Series.AsParallel().AsOrdered().Select(s =>
        {
            var selected = ForecastInputs.Select(inputs.Context(s, issue.Date, calendar), [model]);
            return new ForecastLine(selected.Forecast, double.NaN, selected.SelectionMape);
        }).ToList();
        var made = clock.GetUtcNow();
        List<StoredNowcast> nowcasts = [.. ForecastJob.Reconcile(lines, inputs.Outside).Select(l => new StoredNowcast(
            l.Forecast, issue.Hour, l.Notes?.RegionScale, Finite(l.SelectionMape.GetValueOrDefault(model.Name, double.NaN)), made))];
        database.SaveNowcasts(nowcasts);
        return nowcasts;
    }

    static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
