using System.Data.Common;
using Akutprognos.Core.Forecasting;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Forecasts;

/// <summary>
/// The latest forecast per series and local date with its hours. Saving again for a series and date
/// replaces the earlier forecast (its hours go with it through ON DELETE CASCADE).
/// </summary>
internal static class ForecastStore
{
    const string Columns = "mean, lo80, hi80, lo95, hi95";

    public static void Save(DbTransaction transaction, IReadOnlyCollection<DayForecast> forecasts, IReadOnlyDictionary<string, ForecastNotes> notes, long nowUtc)
    {
        using var delete = transaction.Command("DELETE FROM forecast_days WHERE series = @p0 AND local_date = @p1", "", "");
        using var day = transaction.Command(
            $"INSERT INTO forecast_days (series, local_date, model, {Columns}, fallback, created_utc, region_scale, calendar_mean) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)",
            "", "", "", 0d, 0d, 0d, 0d, 0d, "", 0L, 0d, 0d);
        using var hour = transaction.Command(
            $"INSERT INTO forecast_hours (series, local_date, hour_utc, {Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
            "", "", 0L, 0d, 0d, 0d, 0d, 0d);
        foreach (var forecast in forecasts)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(forecast.Series);
            var date = Instants.DateToText(forecast.Date);
            var noted = notes.GetValueOrDefault(forecast.Series, ForecastNotes.None);
            delete.Rerun(forecast.Series, date);
            day.Rerun(forecast.Series, date, forecast.Model, forecast.Mean,
                forecast.Interval80.Lower, forecast.Interval80.Upper, forecast.Interval95.Lower, forecast.Interval95.Upper,
                forecast.Fallback, nowUtc, noted.RegionScale, noted.CalendarMean);
            foreach (var h in forecast.Hours)
            {
                hour.Rerun(forecast.Series, date, Instants.HourToEpoch(h.Hour, $"Forecast {forecast.Series} {date}"), h.Mean,
                    h.Interval80.Lower, h.Interval80.Upper, h.Interval95.Lower, h.Interval95.Upper);
            }
        }
    }

    /// <summary>Every series' forecast for <paramref name="date"/>, ordered by series, hours in order; empty when none.</summary>
    public static List<DayForecast> Load(DbConnection connection, DateOnly date)
    {
        var text = Instants.DateToText(date);
        var hours = connection
            .Query(
                $"SELECT series, hour_utc, {Columns} FROM forecast_hours WHERE local_date = @p0 ORDER BY series, hour_utc",
                row => (Series: row.GetString(0), Hour: new HourForecast(
                    Instants.HourFromEpoch(row.GetInt64(1)), row.GetDouble(2), Interval(row, 3), Interval(row, 5))),
                text)
            .ToLookup(h => h.Series, h => h.Hour, StringComparer.Ordinal);
        return connection.Query(
            $"SELECT series, model, {Columns}, fallback FROM forecast_days WHERE local_date = @p0 ORDER BY series",
            row => new DayForecast(
                row.GetString(0), date, row.GetString(1), row.GetDouble(2), Interval(row, 3), Interval(row, 5),
                Text(row, 7),
                hours[row.GetString(0)].ToList()),
            text);
    }

    /// <summary>The forecasts of local dates <c>[from, to]</c> without their hours, by date and series.</summary>
    public static List<StoredForecast> History(DbConnection connection, DateOnly from, DateOnly to) => connection.Query(
        $"SELECT series, local_date, model, {Columns}, fallback, region_scale, calendar_mean, created_utc FROM forecast_days " +
        "WHERE local_date >= @p0 AND local_date <= @p1 ORDER BY local_date, series",
        row => new StoredForecast(
            new DayForecast(row.GetString(0), Instants.DateFromText(row.GetString(1)), row.GetString(2), row.GetDouble(3),
                Interval(row, 4), Interval(row, 6), Text(row, 8), []),
            new ForecastNotes(Number(row, 9), Number(row, 10)),
            DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(11))),
        Instants.DateToText(from), Instants.DateToText(to));

    internal static PredictionInterval Interval(DbDataReader row, int lower) => new(row.GetDouble(lower), row.GetDouble(lower + 1));

    internal static double? Number(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetDouble(column);

    internal static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}
