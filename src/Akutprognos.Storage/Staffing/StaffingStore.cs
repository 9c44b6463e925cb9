using System.Data.Common;
using Akutprognos.Core.Staffing;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Staffing;

/// <summary>One stored hour of a staffing plan.</summary>
public sealed record StoredStaffingHour(string Site, string Role, DateTimeOffset Hour, double Arrivals, double OfferedLoad, int Required, int Planned, int? Rostered);

/// <summary>One stored shift of a staffing plan: <c>plan</c> (the optimal shifts), <c>call-in</c> or <c>release</c>.</summary>
public sealed record StoredStaffingShift(string Site, string Role, string Kind, DateTimeOffset Start, DateTimeOffset End, int Staff);

/// <summary>
/// The staffing configuration (one JSON document) and the latest plan per local date: saving a plan for a date
/// replaces the one stored before, hours and shifts together.
/// </summary>
internal static class StaffingStore
{
    const string ConfigName = "staffing";

    public static void SaveConfiguration(DbTransaction transaction, string json, long nowUtc) =>
        transaction.Execute(
            "INSERT INTO staffing_config (name, body, updated_utc) VALUES (@p0, @p1, @p2) ON CONFLICT (name) DO UPDATE SET body = excluded.body, updated_utc = excluded.updated_utc",
            ConfigName, json, nowUtc);

    public static string? LoadConfiguration(DbConnection connection) =>
        connection.Query("SELECT body FROM staffing_config WHERE name = @p0", row => row.GetString(0), ConfigName).SingleOrDefault();

    public static void SavePlan(DbTransaction transaction, StaffingPlan plan)
    {
        var date = Instants.DateToText(plan.Date);
        transaction.Execute("DELETE FROM staffing_hours WHERE local_date = @p0", date);
        transaction.Execute("DELETE FROM staffing_shifts WHERE local_date = @p0", date);
        using var hour = transaction.Command(
            "INSERT INTO staffing_hours (local_date, site, role, hour_utc, arrivals, offered_load, required, planned, rostered) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)",
            date, "", "", 0L, 0d, 0d, 0, 0, 0);
        using var shift = transaction.Command(
            "INSERT INTO staffing_shifts (local_date, site, role, kind, start_utc, end_utc, staff) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
            date, "", "", "", 0L, 0L, 0);
        foreach (var site in plan.Sites)
        {
            foreach (var role in site.Roles)
            {
                foreach (var h in role.Hours)
                {
                    hour.Rerun(date, site.Site, role.Role, Instants.HourToEpoch(h.Hour, $"Staffing {site.Site} {role.Role}"),
                        h.ExpectedArrivals, h.OfferedLoad, h.Required, h.Planned, h.Rostered);
                }
                var shifts = role.Shifts.Select(s => ("plan", s.Shift.Start, s.Shift.End, s.Count))
                    .Concat(role.Changes.Select(c => (c.Action == RosterAction.CallIn ? "call-in" : "release", c.Start, c.End, c.Count)));
                foreach (var (kind, start, end, count) in shifts)
                {
                    shift.Rerun(date, site.Site, role.Role, kind, start.ToUnixTimeSeconds(), end.ToUnixTimeSeconds(), count);
                }
            }
        }
    }

    public static List<StoredStaffingHour> LoadHours(DbConnection connection, DateOnly date) =>
        connection.Query(
            "SELECT site, role, hour_utc, arrivals, offered_load, required, planned, rostered FROM staffing_hours WHERE local_date = @p0 ORDER BY site, role, hour_utc",
            row => new StoredStaffingHour(row.GetString(0), row.GetString(1), Instants.HourFromEpoch(row.GetInt64(2)), row.GetDouble(3), row.GetDouble(4),
                row.GetInt32(5), row.GetInt32(6), row.IsDBNull(7) ? null : row.GetInt32(7)),
            Instants.DateToText(date));

    public static List<StoredStaffingShift> LoadShifts(DbConnection connection, DateOnly date) =>
        connection.Query(
            "SELECT site, role, kind, start_utc, end_utc, staff FROM staffing_shifts WHERE local_date = @p0 ORDER BY site, role, kind, start_utc, end_utc",
            row => new StoredStaffingShift(row.GetString(0), row.GetString(1), row.GetString(2),
                DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(3)), DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(4)), row.GetInt32(5)),
            Instants.DateToText(date));
}
