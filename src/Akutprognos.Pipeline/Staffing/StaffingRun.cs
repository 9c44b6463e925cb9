using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Staffing;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;

namespace Akutprognos.Pipeline.Staffing;

/// <summary>
/// From the stored forecast of a day to its stored staffing plan: the configuration (stored, else the default), the roster
/// lines overlapping the day, the plan (sites grouped by their zone, each planned on its own local day), and saving it for
/// the dashboard. Used by the nightly schedule after the forecast and by the <c>staffing</c> and <c>demo</c> commands.
/// </summary>
public sealed class StaffingRun(AkutprognosDatabase database, SiteSetup setup)
{
    /// <summary>The configuration stored in the database, or <see cref="StaffingConfiguration.Default"/> when none is.</summary>
    public StaffingConfiguration StoredConfiguration()
    {
        var json = database.LoadStaffingConfiguration();
        return json is null ? StaffingConfiguration.Default : StaffingConfigJson.Parse(json, $"the staffing configuration stored in {database.Description}");
    }

    /// <summary>Plans <paramref name="date"/> from its stored forecast and stores the plan; or says why it cannot.</summary>
    public Outcome<StaffingPlan> Run(DateOnly date, StaffingConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var forecasts = database.LoadForecasts(date).Where(f => !f.Id.IsRegion).ToList();
        if (forecasts.Count == 0)
        {
            return Outcome<StaffingPlan>.Cannot(
                $"{database.Description} holds no forecast for {date:yyyy-MM-dd}: forecast that day first ('akutprognos forecast --date {date:yyyy-MM-dd}')");
        }
        var sites = new List<SitePlan>();
        ForecastQuantile? quantile = null;
        foreach (var group in forecasts.GroupBy(f => setup.ZoneOf(f.Series).Id, StringComparer.Ordinal))
        {
            var zone = setup.ZoneOf(group.First().Series);
            var roster = database.Roster(LocalDays.StartOf(date, zone), LocalDays.StartOf(date.AddDays(1), zone));
            StaffingPlan plan;
            try
            {
                plan = StaffingPlanner.Plan(date, zone, [.. group], configuration, roster);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // A configuration the planner cannot meet on this day (a shift pattern that leaves an hour of a daylight-saving
                // day uncovered, a service level out of reach): the forecast stands, the plan says why it is missing.
                return Outcome<StaffingPlan>.Cannot($"no staffing plan for {date:yyyy-MM-dd}: {e.Message}");
            }
            sites.AddRange(plan.Sites);
            quantile = plan.Quantile;
        }
        var whole = new StaffingPlan(date, quantile!.Value, [.. sites.OrderBy(s => s.Site, StringComparer.Ordinal)]);
        database.SaveStaffingPlan(whole);
        return Outcome<StaffingPlan>.Of(whole);
    }
}
