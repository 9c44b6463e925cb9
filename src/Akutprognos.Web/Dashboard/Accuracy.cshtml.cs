using Akutprognos.Core.Forecasting;
using Akutprognos.Web.Localization;
using Akutprognos.Web.Settings;
using Akutprognos.Web.Shared;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Dashboard;

/// <summary>
/// Is the model still right? The forecasts stored night by night against the arrivals that came, per series, with the
/// calendar benchmark and interval coverage; on a fresh install the recent backtest instead, labelled so.
/// </summary>
public sealed class AccuracyModel(AccuracyData accuracy, DashboardData data, IStringLocalizer<Text> text) : PageModel
{
    /// <summary>The EDs' display names for the tables and headings.</summary>
    public SiteNames Names { get; private set; } = SiteNames.None;

    /// <summary>True when the stored forecasts are shown; false when the backtest stands in.</summary>
    public bool FromStored { get; private set; }

    public int StoredDays { get; private set; }

    public IReadOnlyList<StoredSeriesAccuracy> Stored { get; private set; } = [];

    public IReadOnlyList<SeriesBacktest> Results { get; private set; } = [];

    /// <summary>The series whose charts are shown.</summary>
    public string? Shown { get; private set; }

    public ChartData? Chart { get; private set; }

    /// <summary>Trailing MAPE of the stored forecasts against the calendar benchmark, or null in the backtest view.</summary>
    public ChartData? Rolling { get; private set; }

    public void OnGet(string? series)
    {
        var labels = Labels.Chart(HttpContext);
        Names = data.Names();
        FromStored = accuracy.HasStored;
        StoredDays = accuracy.StoredDays;
        if (FromStored)
        {
            Stored = accuracy.Stored();
            var shown = Stored.FirstOrDefault(r => r.Series == series && r.Days.Count > 0) ?? Stored.FirstOrDefault(r => r.Days.Count > 0);
            Shown = shown?.Series;
            Chart = shown is null ? null : DailyCharts.ForecastVsActual(shown.Days, labels);
            Rolling = shown is null ? null : RollingChart(shown);
            return;
        }
        Results = accuracy.Backtested();
        var result = Results.FirstOrDefault(r => r.Series == series) ?? Results.FirstOrDefault();
        Shown = result?.Series;
        Chart = result is null ? null : DailyCharts.ForecastVsActual(result.SelectedForecasts, labels);
    }

    ChartData RollingChart(StoredSeriesAccuracy shown)
    {
        static double? R(double? v) => v is { } x ? Math.Round(x, 2) : null;
        return new ChartData("line",
            [.. shown.Days.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            [
                new("mape", text["Stored forecast"], [.. shown.RollingMape.Select(R)], "line"),
                new("calendar", text["Calendar benchmark"], [.. shown.RollingCalendarMape.Select(R)], "line2"),
            ]);
    }

    public static double Mape(SeriesBacktest result, string model) => result.Models.FirstOrDefault(m => m.Model == model)?.Mape ?? double.NaN;

    public static Accuracy? Selected(SeriesBacktest result) => result.Models.FirstOrDefault(m => m.Model == result.Selected);
}
