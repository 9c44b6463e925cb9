using Akutprognos.Core.Forecasting;
using Akutprognos.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Dashboard;

/// <summary>Is the model still right? Recent one-day-ahead accuracy against the calendar benchmark, per series.</summary>
public sealed class AccuracyModel(AccuracyData accuracy) : PageModel
{
    public IReadOnlyList<SeriesBacktest> Results { get; private set; } = [];

    public SeriesBacktest? Shown { get; private set; }

    public ChartData? Chart { get; private set; }

    public void OnGet(string? series)
    {
        Results = accuracy.Recent();
        Shown = Results.FirstOrDefault(r => r.Series == series) ?? Results.FirstOrDefault();
        Chart = Shown is null ? null : DailyCharts.ForecastVsActual(Shown.SelectedForecasts, Labels.Chart(HttpContext));
    }

    public static double Mape(SeriesBacktest result, string model) => result.Models.FirstOrDefault(m => m.Model == model)?.Mape ?? double.NaN;

    public static Accuracy? Selected(SeriesBacktest result) => result.Models.FirstOrDefault(m => m.Model == result.Selected);
}
