using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Akutprognos.Web.Api;

/// <summary>Hourly arrivals pushed by an integration platform.</summary>
/// <param name="Rows">One row per site and hour; a later row for the same key wins.</param>
public sealed record ArrivalsPush(IReadOnlyList<ArrivalsPushRow> Rows);

/// <summary>Arrivals at <paramref name="Site"/> in the hour starting at <paramref name="Hour"/> (with its offset).</summary>
public sealed record ArrivalsPushRow(string Site, DateTimeOffset Hour, int Count);

/// <summary>Hourly distinct web visitors pushed by an analytics export.</summary>
/// <param name="Signal">The signal's name; "all" (what the models use) when left out.</param>
/// <param name="Rows">One row per hour.</param>
public sealed record VisitorsPush(string? Signal, IReadOnlyList<VisitorsPushRow> Rows);

/// <summary>Distinct visitors in the hour starting at <paramref name="Hour"/>.</summary>
public sealed record VisitorsPushRow(DateTimeOffset Hour, int Visitors);

/// <summary>What a push changed.</summary>
public sealed record PushResult(int SitesCreated, int RowsInserted, int RowsChanged, int RowsUnchanged);

/// <summary><c>/api/arrivals</c>, <c>/api/visitors</c>: data pushed by machines with a planner or admin key. Each push is all or nothing.</summary>
public static class IngestApi
{
    public static RouteGroupBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Ingestion").RequireAuthorization(Policies.Change);
        group.MapPost("/arrivals", Results<Ok<PushResult>, ValidationProblem> (ArrivalsPush push, Store store) =>
        {
            var problems = Check(push.Rows, (row, i) =>
                string.IsNullOrWhiteSpace(row.Site) ? $"row {i + 1}: no site" :
                row.Count < 0 ? $"row {i + 1}: count {row.Count} is negative" : OnTheHour(row.Hour, i));
            return problems is null ? TypedResults.Ok(store.Arrivals(push.Rows)) : problems;
        }).WithSummary("Push hourly arrivals per ED");
        group.MapPost("/visitors", Results<Ok<PushResult>, ValidationProblem> (VisitorsPush push, Store store) =>
        {
            var problems = Check(push.Rows, (row, i) => row.Visitors < 0 ? $"row {i + 1}: visitors {row.Visitors} is negative" : OnTheHour(row.Hour, i));
            return problems is null ? TypedResults.Ok(store.Visitors(push.Signal, push.Rows)) : problems;
        }).WithSummary("Push hourly web visitors of a signal");
        return group;
    }

    static ValidationProblem? Check<T>(IReadOnlyList<T>? rows, Func<T, int, string?> problem)
    {
        var found = (rows ?? []).Select((row, i) => problem(row, i)).OfType<string>().Take(20).ToArray();
        return rows is null or { Count: 0 } ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rows"] = ["no rows"] })
            : found.Length > 0 ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rows"] = found })
            : null;
    }

    static string? OnTheHour(DateTimeOffset hour, int i) =>
        hour.Minute == 0 && hour.Second == 0 && hour.Millisecond == 0 ? null : $"row {i + 1}: {hour:O} is not the start of an hour";

    /// <summary>Writes a checked push, records it in the audit log and refreshes the pages' data.</summary>
    internal sealed class Store(AkutprognosDatabase database, AuditTrail audit, DashboardData dashboard, IHttpContextAccessor http)
    {
        public PushResult Arrivals(IReadOnlyList<ArrivalsPushRow> rows)
        {
            var result = database.ImportArrivals(
                [.. rows.Select(r => new HourlyArrivals(r.Site.Trim(), r.Hour.ToUniversalTime(), r.Count))], [], $"API push by {Actor}");
            return Done("arrivals pushed", result);
        }

        public PushResult Visitors(string? signal, IReadOnlyList<VisitorsPushRow> rows)
        {
            var name = string.IsNullOrWhiteSpace(signal) ? Schedule.ForecastJob.Signal : signal.Trim();
            var result = database.ImportVisitors([.. rows.Select(r => new HourlyVisitors(name, r.Hour.ToUniversalTime(), r.Visitors))], $"API push by {Actor}");
            return Done($"visitors pushed ({name})", result);
        }

        string Actor => http.HttpContext?.User.Identity?.Name ?? "anonymous";

        PushResult Done(string action, ImportResult result)
        {
            audit.Record(Actor, action, $"{result.Rows} rows: {result.RowsInserted} new, {result.RowsChanged} changed");
            dashboard.Refresh();
            return new PushResult(result.SitesCreated, result.RowsInserted, result.RowsChanged, result.RowsUnchanged);
        }
    }
}
