using Akutprognos.Storage.Forecasts;
using Akutprognos.Storage.Staffing;
using Akutprognos.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Dashboard;

/// <summary>One ED (or the region) on one day: the hourly curve with bands, actual arrivals where known, and staffing.</summary>
public sealed class SiteModel(DashboardData data) : PageModel
{
    public string Series { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public SiteCard? Card { get; private set; }

    public ChartData? Chart { get; private set; }

    /// <summary>The stored staffing plan's hours for this ED by role, in time order; empty without a plan.</summary>
    public IReadOnlyList<IGrouping<string, StoredStaffingHour>> Staffing { get; private set; } = [];

    /// <summary>The evening nowcasts issued so far for this day, in order of issue.</summary>
    public IReadOnlyList<StoredNowcast> Nowcasts { get; private set; } = [];

    /// <summary>Daily actuals of the last four weeks, for context.</summary>
    public ChartData? Recent { get; private set; }

    public IActionResult OnGet(string name, DateOnly? date)
    {
        Series = name;
        Date = date ?? data.Tomorrow;
        Card = data.Cards(Date).FirstOrDefault(c => c.Series == name);
        if (Card is null)
        {
            return NotFound();
        }
        if (Card.Forecast is { } forecast)
        {
            Chart = ChartData.Hourly(forecast, Date <= data.Today ? data.HourlyActuals(name, Date) : new Dictionary<DateTimeOffset, int>(), data.Zone, Labels.Chart(HttpContext));
        }
        Nowcasts = data.Nowcasts(name, Date);
        Recent = RecentDays(name);
        Staffing = [.. data.StaffingHours(Date).Where(h => h.Site == name).OrderBy(h => h.Hour).GroupBy(h => h.Role, StringComparer.Ordinal)];
        return Page();
    }

    ChartData? RecentDays(string name)
    {
        var series = data.Series().FirstOrDefault(s => s.Name == name);
        if (series is null)
        {
            return null;
        }
        var days = Enumerable.Range(0, 28).Select(i => Date.AddDays(i - 28)).Where(d => series.IndexOf(d) >= 0 && series.IndexOf(d) < series.Length).ToList();
        var labels = Labels.Chart(HttpContext);
        return new ChartData("daily",
            [.. days.Select(d => d.ToString("ddd d/M", System.Globalization.CultureInfo.CurrentCulture))],
            [new ChartSeries("actual", labels.Actual, [.. days.Select(d => series[series.IndexOf(d)] is var v && double.IsNaN(v) ? (double?)null : v)], "bars")]);
    }

    public bool IsRegion => Core.Series.SeriesId.IsRegionKey(Series);

    /// <summary>Why no forecast is stored for the day shown, and what to do.</summary>
    public string WhyNone => data.WhyNoForecast(Series, Date);

    public TimeZoneInfo Zone => data.Zone;
}
