using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using System.Net;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Web.Tests.Settings;

public sealed class StaffingSettingsTests(DemoCopyApp fixture) : IClassFixture<DemoCopyApp>
{
    static readonly TimeZoneInfo Zone = LocalDays.Stockholm;

    StaffingConfiguration Stored()
    {
        using var database = fixture.Open();
        return new StaffingRun(database, SiteSetup.Load(database)).StoredConfiguration();
    }

    [Fact]
    public async Task Post_ByAdmin_IsStoredForTheStaffingCommandAndAudited()
    {
        var before = Stored();
        var nurse = before.Role("nurse")!;
        var changed = nurse.PatientsPerStaff + 1;
        using var client = await fixture.Demo.LoggedInAsync("admin");

        var (status, html) = await SettingsForms.SubmitAsync(client, "/settings/staffing",
            SettingsForms.Staffing(before, SettingsForms.Input(before, "nurse", "patients_per_staff"), changed.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Saved, then redirected, so reloading the page does not post the form again.
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("Saved.", html, StringComparison.Ordinal);
        Assert.Equal(changed, Stored().Role("nurse")!.PatientsPerStaff);
        Assert.Equal(before.Role("doctor"), Stored().Role("doctor"), RoleComparer.Instance);
        var audit = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/settings/audit", UriKind.Relative)));
        Assert.Contains($"nurse patients_per_staff {nurse.PatientsPerStaff} → {changed}", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doctor", "service_level", "1.5", "the service level 1.5 cannot be reached")]
    [InlineData("doctor", "service_minutes", "0", "the service time in minutes must be a number > 0")]
    [InlineData("doctor", "target_minutes", "soon", "Write a number, e.g. 30 or 0.8.")]
    [InlineData("nurse", "minimum", "-1", "the minimum staff -1 is negative")]
    [InlineData("nurse", "minimum", "1.5", "Write a whole number.")]
    public async Task Post_InvalidField_ShowsTheFormWithTheMessageAndStoresNothing(string role, string key, string value, string message)
    {
        using var database = fixture.Open();
        var stored = database.LoadStaffingConfiguration();
        var audited = database.AuditLog().Count;
        var configuration = Stored();
        var input = SettingsForms.Input(configuration, role, key);
        using var client = await fixture.Demo.LoggedInAsync("admin");

        var (status, html) = await SettingsForms.SubmitAsync(client, "/settings/staffing", SettingsForms.Staffing(configuration, input, value));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<p id=\"{input}-problem\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        // What was typed is shown again, so the admin can correct it.
        Assert.Contains($"name=\"{input}\" value=\"{value}\"", html, StringComparison.Ordinal);
        Assert.Equal(stored, database.LoadStaffingConfiguration());
        // The log-in itself is audited; nothing else is.
        Assert.Equal(audited + 1, database.AuditLog().Count);
    }

    [Fact]
    public async Task Post_LongerDoctorTime_RaisesTheDoctorsTheNextPlanRequires()
    {
        var date = DemoDatabase.Instance.Tomorrow;
        var before = Stored();
        int DoctorHours()
        {
            using var database = fixture.Open();
            var job = new StaffingRun(database, SiteSetup.Load(database));
            // As the nightly run does: the stored configuration, then the plan from tomorrow's stored forecast.
            var plan = job.Run(date, job.StoredConfiguration()).Value!;
            return plan.Sites.Sum(s => s.Roles.Where(r => r.Role == "doctor").Sum(r => r.Hours.Sum(h => h.Required)));
        }
        var required = DoctorHours();
        var minutes = before.Role("doctor")!.ServiceMinutes * 2;
        using var client = await fixture.Demo.LoggedInAsync("admin");

        var (status, _) = await SettingsForms.SubmitAsync(client, "/settings/staffing",
            SettingsForms.Staffing(before, SettingsForms.Input(before, "doctor", "service_minutes"), minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(minutes, Stored().Role("doctor")!.ServiceMinutes);
        Assert.True(DoctorHours() > required, $"doctor staff-hours stayed at {required} with twice the time per patient");
    }
}

/// <summary>Two policies with the same numbers and shifts.</summary>
sealed class RoleComparer : IEqualityComparer<RolePolicy?>
{
    public static readonly RoleComparer Instance = new();

    public bool Equals(RolePolicy? x, RolePolicy? y) =>
        x is not null && y is not null && Web.Settings.RoleNumbers.Of(x) == Web.Settings.RoleNumbers.Of(y) && x.Templates.SequenceEqual(y.Templates);

    public int GetHashCode(RolePolicy? obj) => obj?.Role.GetHashCode(StringComparison.Ordinal) ?? 0;
}
