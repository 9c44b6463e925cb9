using Akutprognos.Core.Forecasting;
using Akutprognos.Storage;
using Akutprognos.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Akutprognos.Web.Api;

/// <summary>A day's stored forecast per site and for the region.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Forecasts">The region ("total") first, then each ED.</param>
public sealed record ForecastDay(DateOnly Date, IReadOnlyList<SeriesForecast> Forecasts);

/// <summary>One series' forecast: arrivals that day with central 80% and 95% intervals, and its hours.</summary>
/// <param name="Series">The ED's code in the data, or "total" for the region; the key to use in programs.</param>
/// <param name="DisplayName">The name people read: the display name an admin gave the ED on Settings → Sites, else its code; "Region (all EDs)" for the region.</param>
/// <param name="Model">The model that made it.</param>
/// <param name="Mean">Expected arrivals.</param>
/// <param name="Lo80">Lower end of the 80% interval.</param>
/// <param name="Hi80">Upper end of the 80% interval.</param>
/// <param name="Lo95">Lower end of the 95% interval.</param>
/// <param name="Hi95">Upper end of the 95% interval.</param>
/// <param name="Usual">Mean of the same weekday over the eight weeks before, or null without data.</param>
/// <param name="Fallback">Why a simpler model than the selected one was used, or null.</param>
/// <param name="Hours">Per local hour (23, 24 or 25 of them), with the zone's offset.</param>
/// <param name="RegionScale">The factor an ED's forecast was multiplied by so the EDs add up to the region's forecast; null when not scaled.</param>
public sealed record SeriesForecast(
    string Series, string DisplayName, string Model, double Mean, double Lo80, double Hi80, double Lo95, double Hi95, double? Usual, string? Fallback,
    IReadOnlyList<HourForecastValue> Hours, double? RegionScale = null);

/// <summary>One hour of a forecast: the hour's start in local time with offset, and the same bands as the day.</summary>
public sealed record HourForecastValue(DateTimeOffset Hour, double Mean, double Lo80, double Hi80, double Lo95, double Hi95);

/// <summary><c>/api/forecasts</c>: the stored forecasts.</summary>
public static class ForecastsApi
{
    public static RouteGroupBuilder MapForecasts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/forecasts").WithTags("Forecasts");
        group.MapGet("/", Results<Ok<ForecastDay>, ProblemHttpResult, ValidationProblem> (DateOnly? date, DashboardData data, AkutprognosDatabase database) =>
        {
            if (DateProblem(date) is { } problem)
            {
                return problem;
            }
            var day = date ?? data.Tomorrow;
            var cards = data.Cards(day).Where(c => c.Forecast is not null).ToList();
            if (cards.Count == 0)
            {
                return TypedResults.Problem($"No forecast is stored for {day:yyyy-MM-dd}.", statusCode: StatusCodes.Status404NotFound);
            }
            return TypedResults.Ok(new ForecastDay(day, [.. cards.Select(c => Of(c.Forecast!, c.Shown, c.Usual, data.Zone) with { RegionScale = c.Notes?.RegionScale is { } k ? Math.Round(k, 4) : null })]));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("A day's forecast per ED and for the region")
        .WithDescription("The stored forecast for `date` (YYYY-MM-DD, local; default tomorrow). 404 when none is stored for that day.");
        return group;
    }

    static SeriesForecast Of(DayForecast f, string displayName, double usual, TimeZoneInfo zone) => new(
        f.Series, displayName, f.Model, R(f.Mean), R(f.Interval80.Lower), R(f.Interval80.Upper), R(f.Interval95.Lower), R(f.Interval95.Upper),
        double.IsNaN(usual) ? null : R(usual), f.Fallback,
        [.. f.Hours.Select(h => new HourForecastValue(
            TimeZoneInfo.ConvertTime(h.Hour, zone), R(h.Mean), R(h.Interval80.Lower), R(h.Interval80.Upper), R(h.Interval95.Lower), R(h.Interval95.Upper)))]);

    /// <summary>A 400 for a date no forecast can be about (year 1, year 9999: the day's neighbours do not exist); null otherwise.</summary>
    internal static ValidationProblem? DateProblem(DateOnly? date) =>
        date is { Year: < 1900 or > 2999 } d
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = [$"{d:yyyy-MM-dd} is not a day a forecast can be about; give a date from 1900 to 2999"] })
            : null;

    static double R(double value) => Math.Round(value, 1);
}
