using System.Globalization;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Web.Shared;

/// <summary>Numbers and dates as the pages show them, in the reader's language.</summary>
public static class Show
{
    /// <summary>A count rounded to whole arrivals; a dash when unknown.</summary>
    public static string Count(double value) => double.IsNaN(value) ? "–" : value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"lo–hi" in whole arrivals.</summary>
    public static string Range(PredictionInterval interval) => $"{Count(interval.Lower)}–{Count(interval.Upper)}";

    /// <summary>A percentage with one decimal.</summary>
    public static string Percent(double value) => double.IsNaN(value) ? "–" : value.ToString("F1", CultureInfo.CurrentCulture) + " %";

    /// <summary>"tisdag 3 juni 2025" / "Tuesday 3 June 2025".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A UTC instant as local date and time in <paramref name="zone"/>.</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The name people use: the ED's own name, or "Region" for the total.</summary>
    public static string Series(string series, string regionName) => Core.Series.SeriesId.IsRegionKey(series) ? regionName : series;
}
