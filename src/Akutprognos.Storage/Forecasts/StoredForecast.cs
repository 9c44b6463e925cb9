using Akutprognos.Core.Forecasting;

namespace Akutprognos.Storage.Forecasts;

/// <summary>What is stored beside a forecast about how it was made.</summary>
/// <param name="RegionScale">The factor a hospital's forecast was multiplied by so the hospitals add up to the region
/// (top-down reconciliation); null when it was not reconciled (the region itself, a single site, older rows).</param>
/// <param name="CalendarMean">What the calendar benchmark forecast for the same day that night, arrivals; null when not stored.</param>
public sealed record ForecastNotes(double? RegionScale, double? CalendarMean)
{
    /// <summary>Nothing noted.</summary>
    public static ForecastNotes None { get; } = new(null, null);
}

/// <summary>A stored nightly forecast (its hours left out) with its notes and when it was made.</summary>
public sealed record StoredForecast(DayForecast Forecast, ForecastNotes Notes, DateTimeOffset Made);

/// <summary>A stored evening nowcast, without hours.</summary>
/// <param name="Forecast">The nowcast for <see cref="DayForecast.Date"/>.</param>
/// <param name="IssueHour">Local hour of issue on the evening before the date: 18, 20, 22, or 24 for midnight.</param>
/// <param name="RegionScale">As <see cref="ForecastNotes.RegionScale"/>.</param>
/// <param name="Issued">When it was made.</param>
/// <param name="RecentMape">The nowcast model's one-day-ahead MAPE at this hour of issue over the recent days it was chosen on, percent; null when unknown.</param>
public sealed record StoredNowcast(DayForecast Forecast, int IssueHour, double? RegionScale, double? RecentMape, DateTimeOffset Issued);
