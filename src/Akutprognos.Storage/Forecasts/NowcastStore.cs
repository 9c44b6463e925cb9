using System.Data.Common;
using Akutprognos.Core.Forecasting;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Forecasts;

/// <summary>Evening nowcasts per series, local date and hour of issue; issuing again at the same hour replaces the earlier one.</summary>
internal static class NowcastStore
{
    const string Columns = "model, mean, lo80, hi80, lo95, hi95, fallback, region_scale, recent_mape, issued_utc";

    public static void Save(DbTransaction transaction, IReadOnlyCollection<StoredNowcast> nowcasts)
    {
        using var delete = transaction.Command("DELETE FROM nowcasts WHERE series = @p0 AND local_date = @p1 AND issue_hour = @p2", "", "", 0);
        using var insert = transaction.Command(
            $"INSERT INTO nowcasts (series, local_date, issue_hour, {Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)",
            "", "", 0, "", 0d, 0d, 0d, 0d, 0d, "", 0d, 0d, 0L);
        foreach (var n in nowcasts)
        {
            var f = n.Forecast;
            ArgumentException.ThrowIfNullOrWhiteSpace(f.Series);
            ArgumentOutOfRangeException.ThrowIfLessThan(n.IssueHour, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(n.IssueHour, 24);
            var date = Instants.DateToText(f.Date);
            delete.Rerun(f.Series, date, n.IssueHour);
            insert.Rerun(f.Series, date, n.IssueHour, f.Model, f.Mean, f.Interval80.Lower, f.Interval80.Upper,
                f.Interval95.Lower, f.Interval95.Upper, f.Fallback, n.RegionScale, n.RecentMape, n.Issued.ToUnixTimeSeconds());
        }
    }

    /// <summary>Every nowcast for local <paramref name="date"/>, by series and hour of issue.</summary>
    public static List<StoredNowcast> Load(DbConnection connection, DateOnly date) => connection.Query(
        $"SELECT series, issue_hour, {Columns} FROM nowcasts WHERE local_date = @p0 ORDER BY series, issue_hour",
        row => new StoredNowcast(
            new DayForecast(row.GetString(0), date, row.GetString(2), row.GetDouble(3),
                ForecastStore.Interval(row, 4), ForecastStore.Interval(row, 6), ForecastStore.Text(row, 8), []),
            row.GetInt32(1), ForecastStore.Number(row, 9), ForecastStore.Number(row, 10),
            DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(11))),
        Instants.DateToText(date));
}
