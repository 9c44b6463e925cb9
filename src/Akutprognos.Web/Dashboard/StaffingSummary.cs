using Akutprognos.Storage.Staffing;

namespace Akutprognos.Web.Dashboard;

/// <summary>
/// One role at one site on one day, as the Tomorrow card shows it: the largest shortfall against the planned
/// roster and in how many hours, or, without a roster, the largest need in any hour.
/// </summary>
/// <param name="Role">The role's name from the staffing configuration, e.g. "doctor".</param>
/// <param name="PeakNeed">Most staff needed in any hour.</param>
/// <param name="WorstShortfall">Most staff missing in any hour (0 when covered); null when no roster is stored.</param>
/// <param name="ShortHours">Hours with any shortfall.</param>
public sealed record RoleStaffing(string Role, int PeakNeed, int? WorstShortfall, int ShortHours)
{
    /// <summary>Summaries per site from the stored plan's hours; empty when no plan is stored for the day.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<RoleStaffing>> PerSite(IEnumerable<StoredStaffingHour> hours) =>
        hours.GroupBy(h => h.Site, StringComparer.Ordinal).ToDictionary(
            site => site.Key,
            site => (IReadOnlyList<RoleStaffing>)[.. site.GroupBy(h => h.Role, StringComparer.Ordinal).Select(Summarise)],
            StringComparer.Ordinal);

    static RoleStaffing Summarise(IGrouping<string, StoredStaffingHour> role)
    {
        var peak = role.Max(h => h.Required);
        if (role.All(h => h.Rostered is null))
        {
            return new RoleStaffing(role.Key, peak, null, 0);
        }
        var shortfalls = role.Select(h => Math.Max(0, h.Required - (h.Rostered ?? 0))).ToList();
        return new RoleStaffing(role.Key, peak, shortfalls.Max(), shortfalls.Count(s => s > 0));
    }
}
