using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Health;
using Akutprognos.Storage;
using Akutprognos.Storage.Runs;
using Akutprognos.Web.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Dashboard;

/// <summary>One source of data: the latest hour it has, and how many of the last days are incomplete.</summary>
/// <param name="Source">An ED, or a web signal.</param>
/// <param name="Last">The start of the latest hour stored, or null.</param>
/// <param name="GapDays">Local days among the last <see cref="DataHealthModel.Days"/> with fewer hours than the day has.</param>
/// <param name="EveningMissingHours">For a web signal: hours missing from last evening's 18–24 window; null for arrivals.</param>
public sealed record SourceHealth(string Source, DateTimeOffset? Last, int GapDays, int? EveningMissingHours);

/// <summary>Data health: the latest data per source, gaps, and whether the evening signal is in.</summary>
public sealed class DataHealthModel(AkutprognosDatabase database, DashboardData data) : PageModel
{
    public const int Days = 28;

    public IReadOnlyList<SourceHealth> Arrivals { get; private set; } = [];

    public IReadOnlyList<SourceHealth> Signals { get; private set; } = [];

    public IReadOnlyList<JobRun> Runs { get; private set; } = [];

    /// <summary>The EDs' display names for the arrivals table.</summary>
    public SiteNames Names { get; private set; } = SiteNames.None;

    public TimeZoneInfo Zone => data.Zone;

    public void OnGet()
    {
        var today = data.Today;
        Names = data.Names();
        var first = today.AddDays(-Days);
        // The newest hour per site comes from the database; only the hours of the days counted are read.
        var recent = database.HourlyArrivals(null, LocalDays.StartOf(first, data.Zone), LocalDays.StartOf(today, data.Zone))
            .ToLookup(h => h.Site, h => h.Hour, StringComparer.Ordinal);
        Arrivals = [.. database.NewestHours().Where(f => f.Kind == FeedKind.Arrivals).Select(f =>
            new SourceHealth(f.Name, f.NewestHour, ArrivalsHealth.GapDays(recent[f.Name], today, Days, data.Zone), null))];
        Signals = [.. database.Signals().Select(signal =>
        {
            var hours = database.Visitors(signal);
            var evenings = EveningSignal.FromHours(hours, data.Zone);
            return new SourceHealth(signal, hours.Count == 0 ? null : hours[^1].Hour,
                ArrivalsHealth.GapDays(hours.Select(h => h.Hour), today, Days, data.Zone), evenings.MissingHours(today.AddDays(-1)));
        })];
        Runs = database.Runs(10);
    }
}
