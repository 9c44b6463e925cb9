using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Storage;

// Forecasts as they were stored night by night, the evening nowcasts, and the hours of arrivals a window needs.
public sealed partial class AkutprognosDatabase
{
    /// <summary>
    /// Saves the forecasts in one transaction, each replacing any earlier one for its series and date, with the notes
    /// (by series) on how each was made; a series without notes stores none.
    /// </summary>
    public void SaveForecasts(IReadOnlyCollection<DayForecast> forecasts, IReadOnlyDictionary<string, ForecastNotes> notes)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(notes);
        Write("Saving forecasts", transaction =>
        {
            ForecastStore.Save(transaction, forecasts, notes, NowUtc);
            return 0;
        });
    }

    /// <summary>The stored forecasts of local dates <c>[from, to]</c> (without hours) with their notes, by date and series.</summary>
    public IReadOnlyList<StoredForecast> ForecastHistory(DateOnly from, DateOnly to) =>
        Read(connection => ForecastStore.History(connection, from, to));

    /// <summary>Saves evening nowcasts in one transaction, each replacing an earlier one for its series, date and hour of issue.</summary>
    public void SaveNowcasts(IReadOnlyCollection<StoredNowcast> nowcasts)
    {
        ArgumentNullException.ThrowIfNull(nowcasts);
        Write("Saving nowcasts", transaction =>
        {
            NowcastStore.Save(transaction, nowcasts);
            return 0;
        });
    }

    /// <summary>Every nowcast stored for local <paramref name="date"/>, by series and hour of issue; empty when none.</summary>
    public IReadOnlyList<StoredNowcast> Nowcasts(DateOnly date) => Read(connection => NowcastStore.Load(connection, date));

    /// <summary>Hourly arrivals of one site, or of all, in <c>[from, to)</c>, ordered by site (ordinal) and hour.</summary>
    public IReadOnlyList<HourlyArrivals> HourlyArrivals(string? site, DateTimeOffset from, DateTimeOffset to) =>
        Read(connection => ArrivalsReader.Hourly(connection, site, from.ToUnixTimeSeconds(), to.ToUnixTimeSeconds()));
}
