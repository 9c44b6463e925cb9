using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// One line of a forecast report: the forecast, what is usual for that weekday, how the model was chosen, and the notes
/// stored with it (the reconciliation factor and the calendar benchmark; null when not known).
/// </summary>
public sealed record ForecastLine(DayForecast Forecast, double UsualForWeekday, IReadOnlyDictionary<string, double> SelectionMape, ForecastNotes? Notes = null);

/// <summary>
/// The nightly job: read arrivals and the web signal from the database, forecast a day per site and for
/// the region (each series choosing its own model, as the backtest does), split it into hours, make the
/// hospitals add up to the region (<see cref="Reconciliation.TopDown"/>), and store it with the factor each
/// hospital was scaled by and what the calendar benchmark said (<see cref="ForecastNotes"/>).
/// Used by the web schedule and by the <c>forecast</c> and <c>demo</c> commands alike.
/// </summary>
public sealed class ForecastJob(AkutprognosDatabase database, IHolidayCalendar calendar, TimeZoneInfo zone)
{
    /// <summary>The name of the web signal the models use.</summary>
    public const string Signal = "all";

    /// <summary>Weeks of hourly arrivals the hour-of-day profiles are built from.</summary>
    const int ProfileWeeks = 52;

    /// <summary>Forecasts <paramref name="date"/> for every series and stores it; throws <see cref="ForecastUnavailableException"/> when the data cannot support it.</summary>
    public IReadOnlyList<ForecastLine> Run(DateOnly date)
    {
        var inputs = ForecastInputs.Read(database, zone);
        // Only the weeks the profiles use: years of hours would be read for nothing.
        var hourly = database.HourlyArrivals(null, LocalDays.StartOf(date.AddDays(-7 * ProfileWeeks), zone), LocalDays.StartOf(date, zone));
        var lines = Reconcile(inputs.Series.AsParallel().AsOrdered().Select(s => Forecast(inputs, s, date, hourly)).ToList(), inputs.Outside);
        database.SaveForecasts([.. lines.Select(l => l.Forecast)], lines.ToDictionary(l => l.Forecast.Series, l => l.Notes ?? ForecastNotes.None));
        return lines;
    }

    ForecastLine Forecast(ForecastInputs inputs, DailySeries series, DateOnly date, IReadOnlyList<HourlyArrivals> hourly)
    {
        var context = inputs.Context(series, date, calendar);
        var selected = ForecastInputs.Select(context, ModelCatalog.All);
        var day = selected.Forecast;
        var seriesHours = series.Name == DayForecast.RegionSeries ? hourly.Where(h => !inputs.Outside.Contains(h.Site)) : hourly.Where(h => h.Site == series.Name);
        var profile = HourlyProfile.FromHistory(seriesHours, zone, date, ProfileWeeks);
        var hours = profile.Split(date, day.Mean, day.Interval80, day.Interval95, zone);
        var benchmark = CalendarBenchmark.Means(context, context.Length - 1, context.Length)[0];
        return new ForecastLine(day with { Hours = hours }, Usual(context.Series, date), selected.SelectionMape, new ForecastNotes(null, benchmark));
    }

    /// <summary>
    /// Scales the hospitals so they add up to the region (<see cref="Reconciliation.TopDown"/>) and notes the factor
    /// on each, leaving out the sites an admin took out of the region (<paramref name="outside"/>); lines are returned
    /// unchanged without a region or with fewer than two hospitals.
    /// </summary>
    public static List<ForecastLine> Reconcile(List<ForecastLine> lines, IReadOnlySet<string>? outside = null)
    {
        var region = lines.FirstOrDefault(l => l.Forecast.Series == DayForecast.RegionSeries);
        var sites = lines.Where(l => l.Forecast.Series != DayForecast.RegionSeries && outside?.Contains(l.Forecast.Series) != true).ToList();
        if (region is null || sites.Count < 2)
        {
            return lines;
        }
        var factor = Reconciliation.Factor(region.Forecast.Mean, sites.Select(l => l.Forecast.Mean));
        var reconciled = Reconciliation.TopDown(region.Forecast, [.. sites.Select(l => l.Forecast)]);
        var bySeries = sites.Select((l, i) => (l.Forecast.Series, Line: l with
        {
            Forecast = reconciled[i],
            Notes = (l.Notes ?? ForecastNotes.None) with { RegionScale = factor },
        })).ToDictionary(x => x.Series, x => x.Line, StringComparer.Ordinal);
        return [.. lines.Where(l => l != region).Select(l => bySeries.GetValueOrDefault(l.Forecast.Series, l)), region];
    }

    /// <summary>Mean of the same weekday over the eight weeks before <paramref name="date"/>, leaving out weeks without data; NaN when none has.</summary>
    public static double Usual(DailySeries history, DateOnly date)
    {
        var same = Enumerable.Range(1, 8)
            .Select(w => history.IndexOf(date.AddDays(-7 * w)))
            .Where(i => i >= 0 && i < history.Length && !double.IsNaN(history[i]))
            .Select(i => history[i])
            .ToList();
        return same.Count == 0 ? double.NaN : same.Average();
    }
}

/// <summary>The data cannot support the forecast asked for (no arrivals, too short a series); the message says why.</summary>
public sealed class ForecastUnavailableException(string message) : Exception(message);
