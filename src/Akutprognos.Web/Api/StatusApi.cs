using Akutprognos.Core.Forecasting;
using Akutprognos.Storage;
using Akutprognos.Storage.Runs;
using Akutprognos.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Akutprognos.Web.Api;

/// <summary>Recent accuracy of one series: the production model against the benchmarks, one day ahead.</summary>
/// <param name="Series">The ED, or "total".</param>
/// <param name="TestDays">Days scored.</param>
/// <param name="Selected">The model the nightly run uses.</param>
/// <param name="Models">Each model's MAPE (percent) and interval coverage on those days.</param>
/// <param name="PoissonFloorMape">The MAPE even a perfect-mean forecast has from Poisson noise, percent.</param>
public sealed record SeriesAccuracy(string Series, int TestDays, string Selected, IReadOnlyList<ModelAccuracy> Models, double PoissonFloorMape);

/// <summary>One model's scores: MAPE in percent, coverage as shares of days.</summary>
public sealed record ModelAccuracy(string Model, double Mape, double Mae, double Coverage80, double Coverage95);

/// <summary><c>/api/accuracy</c>, <c>/api/runs</c>: how well the forecasts do and what the schedule did.</summary>
public static class StatusApi
{
    public static RouteGroupBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Status");
        group.MapGet("/accuracy", Ok<IReadOnlyList<SeriesAccuracy>> (AccuracyData accuracy) =>
            TypedResults.Ok<IReadOnlyList<SeriesAccuracy>>([.. accuracy.Recent().Select(Of)]))
            .WithSummary("Recent one-day-ahead accuracy per series")
            .WithDescription($"Rolling-origin backtest over the last {AccuracyData.Weeks} weeks: the production model against the calendar and seasonal-naive benchmarks.");
        group.MapGet("/runs", Ok<IReadOnlyList<JobRun>> (AkutprognosDatabase database) => TypedResults.Ok(database.Runs()))
            .WithSummary("The latest scheduled and manual runs and their outcome");
        return group;
    }

    static SeriesAccuracy Of(SeriesBacktest b) => new(
        b.Series, b.TestDays, b.Selected,
        [.. b.Models.Select(m => new ModelAccuracy(m.Model, Math.Round(m.Mape, 2), Math.Round(m.Mae, 1), Math.Round(m.Coverage80, 3), Math.Round(m.Coverage95, 3)))],
        Math.Round(b.PoissonFloorMape, 2));
}
