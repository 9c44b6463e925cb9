using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;
using Akutprognos.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Akutprognos.Web.Api;

/// <summary>The evening nowcasts stored for a day, in order of issue.</summary>
/// <param name="Date">The local date forecast.</param>
/// <param name="Nowcasts">Per hour of issue, the region ("total") and each ED.</param>
public sealed record NowcastDay(DateOnly Date, IReadOnlyList<NowcastValue> Nowcasts);

/// <summary>One series' nowcast issued at one hour of the evening before.</summary>
/// <param name="Series">The ED's code in the data, or "total" for the region; the key to use in programs.</param>
/// <param name="DisplayName">The name people read: the display name an admin gave the ED on Settings → Sites, else its code; "Region (all EDs)" for the region.</param>
/// <param name="IssueHour">Local hour of issue: 18, 20, 22, or 24 (midnight, the full evening).</param>
/// <param name="Issued">When it was made, local time with offset.</param>
/// <param name="Model">The model, e.g. "calendar+signal+level@20".</param>
/// <param name="Mean">Expected arrivals.</param>
/// <param name="Lo80">Lower end of the 80% interval.</param>
/// <param name="Hi80">Upper end of the 80% interval.</param>
/// <param name="Lo95">Lower end of the 95% interval.</param>
/// <param name="Hi95">Upper end of the 95% interval.</param>
/// <param name="Fallback">Why the signal could not be used, or null.</param>
/// <param name="RegionScale">The factor an ED's nowcast was scaled by to add up to the region; null when not scaled.</param>
/// <param name="RecentMape">This nowcast's one-day-ahead MAPE at the same hour of issue over the last year, percent; null when unknown.</param>
public sealed record NowcastValue(
    string Series, string DisplayName, int IssueHour, DateTimeOffset Issued, string Model, double Mean, double Lo80, double Hi80, double Lo95, double Hi95,
    string? Fallback, double? RegionScale, double? RecentMape);

/// <summary><c>/api/nowcasts</c>: the evening nowcasts.</summary>
public static class NowcastsApi
{
    public static RouteGroupBuilder MapNowcasts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/nowcasts").WithTags("Forecasts");
        group.MapGet("/", Results<Ok<NowcastDay>, ValidationProblem> (DateOnly? date, DashboardData data, AkutprognosDatabase database) =>
        {
            if (ForecastsApi.DateProblem(date) is { } problem)
            {
                return problem;
            }
            var day = date ?? data.Tomorrow;
            var names = data.Names();
            return TypedResults.Ok(new NowcastDay(day, [.. database.Nowcasts(day)
                .OrderBy(n => n.IssueHour).ThenBy(n => n.Forecast.Id.IsRegion ? 0 : 1)
                .ThenBy(n => n.Forecast.Series, StringComparer.Ordinal)
                .Select(n => Of(n, names.Shown(n.Forecast.Series), data.Zone))]));
        })
        .WithSummary("A day's evening nowcasts per ED and for the region")
        .WithDescription("The nowcasts for `date` (YYYY-MM-DD, local; default tomorrow) issued the evening before at 18:00, 20:00, 22:00 " +
            "and midnight from the web visitors seen so far, in order of issue. An empty list when none has been issued yet.");
        return group;
    }

    static NowcastValue Of(StoredNowcast n, string displayName, TimeZoneInfo zone)
    {
        var f = n.Forecast;
        return new(f.Series, displayName, n.IssueHour, TimeZoneInfo.ConvertTime(n.Issued, zone), f.Model, R(f.Mean),
            R(f.Interval80.Lower), R(f.Interval80.Upper), R(f.Interval95.Lower), R(f.Interval95.Upper), f.Fallback,
            n.RegionScale is { } k ? Math.Round(k, 4) : null, n.RecentMape is { } m ? Math.Round(m, 2) : null);
    }

    static double R(double value) => Math.Round(value, 1);
}
