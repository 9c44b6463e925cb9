using System.Globalization;
using System.Text.Json;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Web.Shared;

/// <summary>
/// The data a chart on a page draws, as JSON in a non-executed script element that /js/charts.js reads
/// (the pages allow no inline script). System.Text.Json escapes &lt; and &gt;, so the text cannot end the element.
/// </summary>
public sealed record ChartData(string Kind, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A day's hourly forecast with 95% and 80% bands, and the actual arrivals where known.</summary>
    public static ChartData Hourly(DayForecast forecast, IReadOnlyDictionary<DateTimeOffset, int> actuals, TimeZoneInfo zone, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(labels);
        var hours = forecast.Hours;
        var names = hours.Select(h => TimeZoneInfo.ConvertTime(h.Hour, zone).ToString("HH:mm", CultureInfo.InvariantCulture)).ToList();
        List<ChartSeries> series =
        [
            new("hi95", labels.Upper95, [.. hours.Select(h => R(h.Interval95.Upper))], "band95"),
            new("lo95", labels.Lower95, [.. hours.Select(h => R(h.Interval95.Lower))], "band95"),
            new("hi80", labels.Upper80, [.. hours.Select(h => R(h.Interval80.Upper))], "band80"),
            new("lo80", labels.Lower80, [.. hours.Select(h => R(h.Interval80.Lower))], "band80"),
            new("mean", labels.Forecast, [.. hours.Select(h => R(h.Mean))], "line"),
        ];
        if (actuals.Count > 0)
        {
            series.Add(new("actual", labels.Actual, [.. hours.Select(h => actuals.TryGetValue(h.Hour, out var n) ? n : (double?)null)], "points"));
        }
        return new("hourly", names, series);
    }

    static double? R(double value) => double.IsNaN(value) ? null : Math.Round(value, 1);
}

/// <summary>One line, band edge or point set of a chart; <see cref="Style"/> tells charts.js how to draw it.</summary>
public sealed record ChartSeries(string Key, string Label, IReadOnlyList<double?> Values, string Style);

/// <summary>The legend texts in the reader's language.</summary>
public sealed record ChartLabels(string Forecast, string Actual, string Lower80, string Upper80, string Lower95, string Upper95);

/// <summary>A chart on a page: its element id, caption, the label of its first table column, and its data.</summary>
public sealed record ChartView(string Id, string Title, string FirstColumn, ChartData Data);

/// <summary>Charts over days.</summary>
public static class DailyCharts
{
    /// <summary>Forecast with its 80% band against the actual arrivals, one point per day.</summary>
    public static ChartData ForecastVsActual(IReadOnlyList<Core.Forecasting.DatedForecast> days, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(labels);
        static double? R(double v) => double.IsNaN(v) ? null : Math.Round(v, 1);
        return new ChartData("line",
            [.. days.Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
            [
                new("hi80", labels.Upper80, [.. days.Select(d => R(d.Outcome.Interval80.Upper))], "band80"),
                new("lo80", labels.Lower80, [.. days.Select(d => R(d.Outcome.Interval80.Lower))], "band80"),
                new("mean", labels.Forecast, [.. days.Select(d => R(d.Outcome.Mean))], "line"),
                new("actual", labels.Actual, [.. days.Select(d => R(d.Actual))], "points"),
            ]);
    }
}
