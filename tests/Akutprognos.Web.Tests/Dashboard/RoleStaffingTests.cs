using Akutprognos.Storage.Staffing;
using Akutprognos.Web.Dashboard;

namespace Akutprognos.Web.Tests.Dashboard;

public sealed class RoleStaffingTests
{
    static readonly DateTimeOffset Hour = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    static StoredStaffingHour Row(string site, string role, int hour, int required, int? rostered) =>
        new(site, role, Hour.AddHours(hour), 10, 5, required, required, rostered);

    [Fact]
    public void PerSite_RosterShortInSomeHours_ReportsWorstShortfallAndHours()
    {
        var summary = RoleStaffing.PerSite(
        [
            Row("Danderyd", "doctor", 0, 6, 6),
            Row("Danderyd", "doctor", 1, 8, 5),
            Row("Danderyd", "doctor", 2, 7, 6),
            Row("Danderyd", "nurse", 0, 12, 13),
            Row("Norrtälje", "doctor", 0, 2, null),
        ]);

        Assert.Equal(new RoleStaffing("doctor", 8, 3, 2), summary["Danderyd"][0]);
        Assert.Equal(new RoleStaffing("nurse", 12, 0, 0), summary["Danderyd"][1]);
        Assert.Equal(new RoleStaffing("doctor", 2, null, 0), Assert.Single(summary["Norrtälje"]));
    }

    [Fact]
    public void PerSite_NoPlan_IsEmpty() => Assert.Empty(RoleStaffing.PerSite([]));
}
