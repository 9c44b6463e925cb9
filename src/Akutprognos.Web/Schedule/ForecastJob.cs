using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Schedule;

/// <summary>One line of a forecast report: the forecast, what is usual for that weekday, and how the model was chosen.</summary>
public sealed record ForecastLine(DayForecast Forecast, double UsualForWeekday, IReadOnlyDictionary<string, double> SelectionMape);

/// <summary>
/// The nightly job: read arrivals and the web signal from the database, forecast a day per site and for
/// the region (each series choosing its own model, as the backtest does), split it into hours, make the
/// hospitals add up to the region (<see cref="Reconciliation.TopDown"/>), and store it.
/// Used by the web schedule and by the <c>forecast</c> and <c>demo</c> commands alike.
/// </summary>
public sealed class ForecastJob(AkutprognosDatabase database, IHolidayCalendar calendar, TimeZoneInfo zone)
{
    /// <summary>The name of the web signal the models use.</summary>
    public const string Signal = "all";

    /// <summary>Forecasts <paramref name="date"/> for every series and stores it; throws <see cref="ForecastUnavailableException"/> when the data cannot support it.</summary>
    public IReadOnlyList<ForecastLine> Run(DateOnly date)
    {
        // A day whose export is not closed yet would look like a quiet day to the models.
        var complete = database.CompleteThrough();
        // Sites an admin took out of the region keep their own forecast but stay out of the region's.
        var outside = SiteSettings.OutsideRegion(database.Settings());
        var series = RegionSeries.Build(
            database.DailyArrivals(zone).Where(d => !complete.TryGetValue(d.Site, out var through) || d.Date <= through),
            site => !outside.Contains(site));
        if (series.Count == 0)
        {
            throw new ForecastUnavailableException($"{database.Description} holds no arrivals yet: run 'akutprognos ingest arrivals' first");
        }
        var visitors = database.Visitors(Signal);
        var evenings = visitors.Count == 0 ? null : EveningSignal.FromHours(visitors, zone);
        var hourly = database.HourlyArrivals();
        var lines = Reconcile(series.AsParallel().AsOrdered().Select(s => Forecast(s, date, evenings, hourly, outside)).ToList(), outside);
        database.SaveForecasts([.. lines.Select(l => l.Forecast)]);
        return lines;
    }

    ForecastLine Forecast(DailySeries series, DateOnly date, EveningSignal? evenings, IReadOnlyList<HourlyArrivals> hourly, IReadOnlySet<string> outside)
    {
        var keep = Math.Min(series.Length, series.IndexOf(date));
        if (keep <= 0)
        {
            throw new ForecastUnavailableException($"'{series.Name}' has no arrivals before {date:yyyy-MM-dd}");
        }
        var history = new DailySeries(series.Name, series.Start, [.. series.Values.Take(keep)]);
        var context = new ForecastContext(history, calendar, evenings, date.DayNumber - history.End.DayNumber);
        SelectedForecast selected;
        try
        {
            selected = DailyForecaster.Next(context, ModelCatalog.All, new BacktestOptions());
        }
        catch (ArgumentException e)
        {
            throw new ForecastUnavailableException(e.Message);
        }
        var day = selected.Forecast;
        var seriesHours = series.Name == DayForecast.RegionSeries ? hourly.Where(h => !outside.Contains(h.Site)) : hourly.Where(h => h.Site == series.Name);
        var profile = HourlyProfile.FromHistory(seriesHours, zone, date);
        var hours = profile.Split(date, day.Mean, day.Interval80, day.Interval95, zone);
        return new ForecastLine(day with { Hours = hours }, Usual(history, date), selected.SelectionMape);
    }

    static List<ForecastLine> Reconcile(List<ForecastLine> lines, IReadOnlySet<string> outside)
    {
        var region = lines.FirstOrDefault(l => l.Forecast.Series == DayForecast.RegionSeries);
        var sites = lines.Where(l => l.Forecast.Series != DayForecast.RegionSeries && !outside.Contains(l.Forecast.Series)).ToList();
        if (region is null || sites.Count < 2)
        {
            return lines;
        }
        var reconciled = Reconciliation.TopDown(region.Forecast, [.. sites.Select(l => l.Forecast)]);
        var bySeries = sites.Select((l, i) => (l.Forecast.Series, Line: l with { Forecast = reconciled[i] })).ToDictionary(x => x.Series, x => x.Line, StringComparer.Ordinal);
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
