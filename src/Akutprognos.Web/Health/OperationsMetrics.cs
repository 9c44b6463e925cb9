using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Dashboard;
using Prometheus;

namespace Akutprognos.Web.Health;

/// <summary>
/// What the on-call person needs on <c>/metrics</c>, read from the database at every scrape so it is true for whichever
/// process made the runs: how old each feed is, when each kind of run last ended at each outcome, and how accurate the
/// stored forecasts were against the arrivals over the last <see cref="WindowDays"/> days, beside the calendar benchmark.
/// The families live in this app's own registry (the process-wide one holds the HTTP and process counters), so two apps
/// in one process never report each other's database.
/// </summary>
public sealed class OperationsMetrics
{
    /// <summary>Days of stored forecasts scored for the MAPE gauges.</summary>
    public const int WindowDays = 28;

    /// <summary>The <c>window</c> label of the MAPE gauges.</summary>
    public const string Window = "28d";

    /// <summary>The signal the models use; its feed is "visitors", any other signal's "visitors:NAME".</summary>
    const string ModelSignal = "all";

    readonly AkutprognosDatabase database;
    readonly DashboardData dashboard;
    readonly TimeProvider clock;
    readonly ILogger<OperationsMetrics> log;
    readonly Gauge feedAge;
    readonly Gauge lastRun;
    readonly Gauge mape;
    readonly Gauge calendarMape;

    public OperationsMetrics(AkutprognosDatabase database, DashboardData dashboard, TimeProvider clock, ILogger<OperationsMetrics> log)
    {
        this.database = database;
        this.dashboard = dashboard;
        this.clock = clock;
        this.log = log;
        var factory = Metrics.WithCustomRegistry(Registry);
        feedAge = factory.CreateGauge("akutprognos_feed_age_hours",
            "Hours since the end of the newest stored hour of a feed: a site's arrivals (feed=\"arrivals\"), or the region's web visitors (site=\"total\", feed=\"visitors\").",
            "site", "feed");
        lastRun = factory.CreateGauge("akutprognos_last_run_timestamp_seconds",
            "Unix time when the latest run of a kind (forecast, nowcast, ...) ended with an outcome as stored (ok, partial, skipped, failed; running while unfinished).",
            "kind", "outcome");
        mape = factory.CreateGauge("akutprognos_forecast_mape",
            "Mean absolute percentage error of the stored nightly forecasts against the arrivals that came, over the window (site=\"total\" is the region).",
            "site", "window");
        calendarMape = factory.CreateGauge("akutprognos_forecast_calendar_mape",
            "The same for the calendar benchmark stored the same nights, over the days it was stored for: the bar the forecasts must beat.",
            "site", "window");
        Registry.AddBeforeCollectCallback(Update);
    }

    /// <summary>This app's own families.</summary>
    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    void Update()
    {
        var now = clock.GetUtcNow();
        try
        {
            Set(feedAge, database.NewestHours().Select(f => (
                f.Kind == FeedKind.Arrivals ? new[] { f.Name, "arrivals" }
                    : [Core.Series.SeriesId.RegionKey, f.Name == ModelSignal ? "visitors" : "visitors:" + f.Name],
                Math.Round((now - f.NewestHour.AddHours(1)).TotalHours, 2))));
            Set(lastRun, database.LatestRunOutcomes().Select(r => (new[] { r.Kind, r.Outcome }, (double)r.Latest.ToUnixTimeSeconds())));
            var today = dashboard.Today;
            // Today is left out: its arrivals are still coming in.
            var scored = StoredAccuracy.Score(database.ForecastHistory(today.AddDays(-WindowDays), today.AddDays(-1)), dashboard.Series())
                .Where(s => s.Days.Count > 0).ToList();
            Set(mape, scored.Select(s => (new[] { s.Series, Window }, Math.Round(s.Scores.Mape, 3))));
            Set(calendarMape, scored.Where(s => !double.IsNaN(s.CalendarMape)).Select(s => (new[] { s.Series, Window }, Math.Round(s.CalendarMape, 3))));
        }
        catch (StorageException e)
        {
            // Nothing stale is reported: the series vanish, and an absent() alert fires.
            log.LogWarning("Reading the operations metrics failed: {Message}", e.Message);
            foreach (var gauge in new[] { feedAge, lastRun, mape, calendarMape })
            {
                Set(gauge, []);
            }
        }
    }

    /// <summary>Sets each labelled value and removes the series that are no longer there (a site renamed, a run kind gone).</summary>
    static void Set(Gauge gauge, IEnumerable<(string[] Labels, double Value)> values)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (labels, value) in values)
        {
            gauge.WithLabels(labels).Set(value);
            current.Add(string.Join('\0', labels));
        }
        foreach (var labels in gauge.GetAllLabelValues().ToList())
        {
            if (!current.Contains(string.Join('\0', labels)))
            {
                gauge.RemoveLabelled(labels);
            }
        }
    }
}

/// <summary><c>/metrics</c>: the process-wide HTTP and process counters, then this app's <see cref="OperationsMetrics"/>.</summary>
static class MetricsEndpoint
{
    // prometheus-net's adapters of .NET event counters and meters publish names Prometheus's own lint rejects
    // (gauges ending in _count, a gauge ending in _total); the process, GC and HTTP metrics stay. Process-wide, once.
    static MetricsEndpoint() => Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressMeters = true });

    public static WebApplicationBuilder AddOperationsMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OperationsMetrics>();
        return builder;
    }

    public static WebApplication MapOperationsMetrics(this WebApplication app)
    {
        app.MapGet("/metrics", async (HttpContext http, OperationsMetrics operations) =>
        {
            http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await Metrics.DefaultRegistry.CollectAndExportAsTextAsync(http.Response.Body, http.RequestAborted);
            await operations.Registry.CollectAndExportAsTextAsync(http.Response.Body, http.RequestAborted);
        }).RequireAuthorization(Policies.Metrics).ExcludeFromDescription();
        return app;
    }
}
