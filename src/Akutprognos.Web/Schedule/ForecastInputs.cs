using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// What a forecast of one day reads from the database: the daily series per site and for the region (days whose
/// export is not closed left out), and the evening web signal, optionally only the hours before an instant.
/// Shared by the nightly forecast and the evening nowcasts.
/// </summary>
public sealed class ForecastInputs
{
    ForecastInputs(IReadOnlyList<DailySeries> series, EveningSignal? evenings, IReadOnlySet<string> outside)
    {
        Series = series;
        Evenings = evenings;
        Outside = outside;
    }

    /// <summary>The series, region included; never empty.</summary>
    public IReadOnlyList<DailySeries> Series { get; }

    /// <summary>The evening signal, or null when no visitors are stored.</summary>
    public EveningSignal? Evenings { get; }

    /// <summary>The sites an admin took out of the region: they keep their own forecast but stay out of the region's.</summary>
    public IReadOnlySet<string> Outside { get; }

    /// <summary>
    /// Reads the inputs; throws <see cref="ForecastUnavailableException"/> when no arrivals are stored. Visitors in hours
    /// starting at or after <paramref name="signalBefore"/> are left out (a nowcast issued then had not seen them); null keeps all.
    /// </summary>
    public static ForecastInputs Read(AkutprognosDatabase database, TimeZoneInfo zone, DateTimeOffset? signalBefore = null)
    {
        // A day whose export is not closed yet would look like a quiet day to the models.
        var complete = database.CompleteThrough();
        var outside = SiteSettings.OutsideRegion(database.Settings());
        var series = RegionSeries.Build(
            database.DailyArrivals(zone).Where(d => !complete.TryGetValue(d.Site, out var through) || d.Date <= through),
            site => !outside.Contains(site));
        if (series.Count == 0)
        {
            throw new ForecastUnavailableException($"{database.Description} holds no arrivals yet: run 'akutprognos ingest arrivals' first");
        }
        var visitors = database.Visitors(ForecastJob.Signal).Where(v => signalBefore is not { } cut || v.Hour < cut).ToList();
        return new ForecastInputs(series, visitors.Count == 0 ? null : EveningSignal.FromHours(visitors, zone), outside);
    }

    /// <summary>The context for forecasting <paramref name="date"/> from <paramref name="series"/>: only the days before it.</summary>
    public ForecastContext Context(DailySeries series, DateOnly date, IHolidayCalendar calendar)
    {
        var keep = Math.Min(series.Length, series.IndexOf(date));
        if (keep <= 0)
        {
            throw new ForecastUnavailableException($"'{series.Name}' has no arrivals before {date:yyyy-MM-dd}");
        }
        var history = new DailySeries(series.Name, series.Start, [.. series.Values.Take(keep)]);
        return new ForecastContext(history, calendar, Evenings, date.DayNumber - history.End.DayNumber);
    }

    /// <summary>
    /// <see cref="DailyForecaster.Next"/> with <paramref name="models"/>, its argument errors (too short a series)
    /// turned into <see cref="ForecastUnavailableException"/>.
    /// </summary>
    public static SelectedForecast Select(ForecastContext context, IReadOnlyList<IForecastModel> models)
    {
        try
        {
            return DailyForecaster.Next(context, models, new BacktestOptions());
        }
        catch (ArgumentException e)
        {
            throw new ForecastUnavailableException(e.Message);
        }
    }
}
