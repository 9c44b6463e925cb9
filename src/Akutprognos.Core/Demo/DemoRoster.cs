using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Core.Demo;

/// <summary>
/// A planned roster for the demo region, as a planner might have set it weeks ahead: the optimal shifts for the
/// day's hourly shape, but for a volume a little off tomorrow's forecast — each site by its own factor — so the
/// staffing plan has both shortfalls to call in for and surplus to release.
/// </summary>
public static class DemoRoster
{
    /// <summary>How far each site's roster volume is from its forecast, by site in ordinal order, repeating.</summary>
    static readonly double[] VolumeFactors = [0.85, 1.15, 1.0, 0.9, 1.1, 0.8, 1.3];

    /// <summary>Roster lines for every site forecast for <paramref name="date"/> (the region series is skipped).</summary>
    public static IReadOnlyList<RosterLine> For(DateOnly date, TimeZoneInfo zone, IReadOnlyList<DayForecast> forecasts, StaffingConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        var scaled = forecasts
            .Where(f => !f.Id.IsRegion)
            .OrderBy(f => f.Series, StringComparer.Ordinal)
            .Select((f, i) => Scaled(f, VolumeFactors[i % VolumeFactors.Length]))
            .ToList();
        var plan = StaffingPlanner.Plan(date, zone, scaled, configuration, []);
        return [.. plan.Sites.SelectMany(site => site.Roles.SelectMany(role =>
            role.Shifts.Select(s => new RosterLine(site.Site, role.Role, s.Shift.Start, s.Shift.End, s.Count))))];
    }

    static DayForecast Scaled(DayForecast forecast, double factor) => forecast with
    {
        Hours = [.. forecast.Hours.Select(h => h with
        {
            Mean = h.Mean * factor,
            Interval80 = new(h.Interval80.Lower * factor, h.Interval80.Upper * factor),
            Interval95 = new(h.Interval95.Lower * factor, h.Interval95.Upper * factor),
        })],
    };
}
