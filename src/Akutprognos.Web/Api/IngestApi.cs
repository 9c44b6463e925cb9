using Akutprognos.Core.Series;
using Akutprognos.Pipeline.Imports;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Akutprognos.Web.Api;

/// <summary>Hourly arrivals pushed by an integration platform.</summary>
/// <param name="Rows">One row per site and hour; a later row for the same key wins.</param>
public sealed record ArrivalsPush(IReadOnlyList<ArrivalsPushRow> Rows);

/// <summary>Arrivals at <paramref name="Site"/> in the hour starting at <paramref name="Hour"/>.</summary>
/// <param name="Site">The ED's code.</param>
/// <param name="Hour">ISO 8601 with its UTC offset or Z, e.g. <c>2026-11-20T10:00:00+01:00</c>; a time without one is refused.</param>
/// <param name="Count">Arrivals in that hour.</param>
public sealed record ArrivalsPushRow(string Site, string Hour, int Count);

/// <summary>Hourly distinct web visitors pushed by an analytics export.</summary>
/// <param name="Signal">The signal's name; "all" (what the models use) when left out.</param>
/// <param name="Rows">One row per hour.</param>
public sealed record VisitorsPush(string? Signal, IReadOnlyList<VisitorsPushRow> Rows);

/// <summary>Distinct visitors in the hour starting at <paramref name="Hour"/>.</summary>
/// <param name="Hour">ISO 8601 with its UTC offset or Z, e.g. <c>2026-11-20T10:00:00+01:00</c>; a time without one is refused.</param>
/// <param name="Visitors">Distinct visitors in that hour.</param>
public sealed record VisitorsPushRow(string Hour, int Visitors);

/// <summary>What a push changed.</summary>
public sealed record PushResult(int SitesCreated, int RowsInserted, int RowsChanged, int RowsUnchanged);

/// <summary><c>/api/arrivals</c>, <c>/api/visitors</c>: data pushed by machines with a planner or admin key. Each push is all or nothing.</summary>
public static partial class IngestApi
{
    /// <summary>How far past now a pushed hour may start before it is refused as in the future.</summary>
    public static readonly TimeSpan FutureMargin = TimeSpan.FromMinutes(5);

    public static RouteGroupBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Ingestion").RequireAuthorization(Policies.Change);
        group.MapPost("/arrivals", Results<Ok<PushResult>, ValidationProblem> (ArrivalsPush push, Store store, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            var problems = Check(push.Rows, (row, i) =>
                string.IsNullOrWhiteSpace(row.Site) ? $"row {i + 1}: no site" :
                row.Count < 0 ? $"row {i + 1}: count {row.Count} is negative" : HourProblem(row.Hour, i, now));
            return problems is null ? TypedResults.Ok(store.Arrivals(push.Rows)) : problems;
        }).WithSummary("Push hourly arrivals per ED");
        group.MapPost("/visitors", Results<Ok<PushResult>, ValidationProblem> (VisitorsPush push, Store store, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            var problems = Check(push.Rows, (row, i) => row.Visitors < 0 ? $"row {i + 1}: visitors {row.Visitors} is negative" : HourProblem(row.Hour, i, now));
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

    /// <summary>Why row <paramref name="i"/>'s hour cannot be stored: no offset, not on the hour, in the future; null when it can.</summary>
    static string? HourProblem(string? text, int i, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text) || IsoTime().Match(text) is not { Success: true } match)
        {
            return $"row {i + 1}: hour '{text}' is not an ISO 8601 time such as 2026-11-20T10:00:00+01:00";
        }
        if (!match.Groups["offset"].Success)
        {
            return $"row {i + 1}: hour '{text}' has no UTC offset, so it is not clear which hour is meant; add the offset of the site's zone (e.g. {text}+01:00 in Stockholm winter time) or Z for UTC";
        }
        if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var hour))
        {
            return $"row {i + 1}: hour '{text}' does not exist";
        }
        if (hour.Minute != 0 || hour.Second != 0 || hour.Millisecond != 0 || hour.Microsecond != 0)
        {
            return $"row {i + 1}: {text} is not the start of an hour";
        }
        return hour > now + FutureMargin ? $"row {i + 1}: hour {text} is in the future (it is now {now:yyyy-MM-ddTHH:mm}Z); nothing was stored" : null;
    }

    internal static DateTimeOffset Hour(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:\d{2})?$")]
    private static partial System.Text.RegularExpressions.Regex IsoTime();

    /// <summary>
    /// Writes a checked push through the pipeline's importers, as the command line does (completeness marked per site,
    /// health checked, an audit line), and refreshes the pages' data.
    /// </summary>
    internal sealed class Store(AkutprognosDatabase database, TimeProvider clock, DashboardData dashboard, IHttpContextAccessor http)
    {
        public PushResult Arrivals(IReadOnlyList<ArrivalsPushRow> rows)
        {
            var importer = new ArrivalsImporter(database, clock, new CollectedNotes());
            var stored = importer.ImportRows(
                [.. rows.Select(r => new HourlyArrivals(r.Site.Trim(), Hour(r.Hour), r.Count))], $"API push by {Actor}", Actor).Stored.Counts;
            return Done(stored);
        }

        public PushResult Visitors(string? signal, IReadOnlyList<VisitorsPushRow> rows)
        {
            var name = string.IsNullOrWhiteSpace(signal) ? ModelInputs.Signal : signal.Trim();
            var stored = new VisitorsImporter(database, clock)
                .ImportHourly([.. rows.Select(r => new HourlyVisitors(name, Hour(r.Hour), r.Visitors))], $"API push by {Actor} ({name})", Actor);
            return Done(stored);
        }

        string Actor => http.HttpContext?.User.Identity?.Name ?? "anonymous";

        PushResult Done(ImportResult result)
        {
            dashboard.Refresh();
            return new PushResult(result.SitesCreated, result.RowsInserted, result.RowsChanged, result.RowsUnchanged);
        }
    }
}
