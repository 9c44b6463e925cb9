using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Staffing;
using Akutprognos.Storage;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// From the stored forecast of a day to its stored staffing plan: the configuration (stored, else the default),
/// the roster lines overlapping the day, the plan, and saving it for the dashboard. Used by the nightly
/// schedule after the forecast and by the <c>staffing</c> and <c>demo</c> commands.
/// </summary>
public sealed class StaffingJob(AkutprognosDatabase database, TimeZoneInfo zone)
{
    /// <summary>The configuration stored in the database, or <see cref="StaffingConfiguration.Default"/> when none is.</summary>
    public StaffingConfiguration StoredConfiguration()
    {
        var json = database.LoadStaffingConfiguration();
        return json is null ? StaffingConfiguration.Default : StaffingConfigJson.Parse(json, $"the staffing configuration stored in {database.Description}");
    }

    public StaffingPlan Run(DateOnly date, StaffingConfiguration configuration)
    {
        var forecasts = database.LoadForecasts(date);
        if (!forecasts.Any(f => f.Series != Core.Forecasting.DayForecast.RegionSeries))
        {
            throw new StaffingUnavailableException(
                $"{database.Description} holds no forecast for {date:yyyy-MM-dd}: run 'akutprognos forecast --date {date:yyyy-MM-dd}' with the same --db first");
        }
        var roster = database.Roster(LocalDays.StartOf(date, zone), LocalDays.StartOf(date.AddDays(1), zone));
        StaffingPlan plan;
        try
        {
            plan = StaffingPlanner.Plan(date, zone, forecasts, configuration, roster);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new StaffingUnavailableException($"no staffing plan for {date:yyyy-MM-dd}: {e.Message}");
        }
        database.SaveStaffingPlan(plan);
        return plan;
    }
}

/// <summary>No staffing plan can be made for the day asked for (no forecast stored, an unusable configuration); the message says why.</summary>
public sealed class StaffingUnavailableException(string message) : Exception(message);
