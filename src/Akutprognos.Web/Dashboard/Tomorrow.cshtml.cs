using Akutprognos.Core.Forecasting;
using Akutprognos.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Dashboard;

/// <summary>Tomorrow at a glance: a card per ED and one for the region, and the region's hourly curve.</summary>
public sealed class TomorrowModel(DashboardData data) : PageModel
{
    public DateOnly Date { get; private set; }

    public IReadOnlyList<SiteCard> Cards { get; private set; } = [];

    /// <summary>The stored staffing plan per site and role; empty when none is stored for the day.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RoleStaffing>> Staffing { get; private set; } = new Dictionary<string, IReadOnlyList<RoleStaffing>>();

    /// <summary>The region's hourly curve, or null when no forecast is stored.</summary>
    public ChartData? RegionChart { get; private set; }

    public TimeZoneInfo Zone => data.Zone;

    public void OnGet(DateOnly? date)
    {
        Date = date ?? data.Tomorrow;
        Cards = data.Cards(Date);
        Staffing = data.Staffing(Date);
        var region = Cards.FirstOrDefault(c => c.IsRegion)?.Forecast;
        RegionChart = region is null ? null : ChartData.Hourly(region, new Dictionary<DateTimeOffset, int>(), Zone, Labels.Chart(HttpContext));
    }

    /// <summary>Why <paramref name="card"/> has no forecast for the day shown, and what to do.</summary>
    public string WhyNone(SiteCard card) => data.WhyNoForecast(card.Series, Date);

    /// <summary>"+6 %" against the usual for the weekday, or null when there is nothing to compare.</summary>
    public static double? AgainstUsual(SiteCard card) =>
        card.Forecast is { } f && card.Usual > 0 ? (f.Mean / card.Usual - 1) * 100 : null;

    public static bool IsFallback(DayForecast forecast) => forecast.Fallback is not null;
}
