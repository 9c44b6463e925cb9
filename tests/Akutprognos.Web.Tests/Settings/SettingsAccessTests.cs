namespace Akutprognos.Web.Tests.Settings;

public sealed class SettingsAccessTests(DemoCopyApp fixture) : IClassFixture<DemoCopyApp>
{
    [Theory]
    [InlineData("viewer", "/settings")]
    [InlineData("viewer", "/settings/sites")]
    [InlineData("viewer", "/settings/staffing")]
    [InlineData("viewer", "/settings/shifts")]
    [InlineData("planner", "/settings")]
    [InlineData("planner", "/settings/sites")]
    [InlineData("planner", "/settings/staffing")]
    [InlineData("planner", "/settings/shifts")]
    public async Task Page_ForNonAdmin_IsRefused(string user, string path)
    {
        using var client = await fixture.Demo.LoggedInAsync(user);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        SettingsForms.AssertRefused(response);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("planner")]
    public async Task Changes_ByNonAdminWithValidToken_AreRefusedAndStoreNothing(string user)
    {
        using var client = await fixture.Demo.LoggedInAsync(user);
        using var database = fixture.Open();
        var config = database.LoadStaffingConfiguration();
        var settings = database.Settings();
        var audited = database.AuditLog().Count(e => e.Action != "login");
        var configuration = Core.Staffing.StaffingConfiguration.Default;
        var posts = new (string Path, List<KeyValuePair<string, string>> Fields)[]
        {
            ("/settings/staffing", SettingsForms.Staffing(configuration, SettingsForms.Input(configuration, "doctor", "service_minutes"), "45")),
            ("/settings/shifts?handler=Add", [new("start", "10:00"), new("length", "8"), new("roles", "doctor")]),
            ("/settings/shifts?handler=Remove", [new("shift", "07–16")]),
            ("/settings/sites", [new("site", "Norrtälje"), new("displayName", "Sneaky"), new("inRegion", "false")]),
        };

        foreach (var (path, fields) in posts)
        {
            using var response = await SettingsForms.PostAsync(client, path, fields);
            SettingsForms.AssertRefused(response);
        }

        Assert.Equal(config, database.LoadStaffingConfiguration());
        Assert.Equal(settings, database.Settings());
        Assert.Equal(audited, database.AuditLog().Count(e => e.Action != "login"));
    }

    [Fact]
    public async Task StaffingPage_NothingStored_ShowsTheDefaultTheStaffingCommandUses()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");
        var html = await client.GetStringAsync(new Uri("/settings/staffing", UriKind.Relative));
        using (var database = fixture.Open())
        {
            // This class changes nothing, so the demo's copy still has no configuration of its own.
            Assert.Null(database.LoadStaffingConfiguration());
        }
        var input = SettingsForms.Input(Core.Staffing.StaffingConfiguration.Default, "doctor", "service_minutes");
        Assert.Contains($"name=\"{input}\" value=\"30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ForAdmin_LinksEverySettingsPage()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");
        var html = await client.GetStringAsync(new Uri("/settings", UriKind.Relative));
        foreach (var link in new[] { "/settings/sites", "/settings/staffing", "/settings/shifts", "/schedule", "/settings/notices", "/settings/users", "/settings/keys", "/settings/audit" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Navigation_ShowsSettingsToAdminsOnly()
    {
        using var admin = await fixture.Demo.LoggedInAsync("admin");
        using var planner = await fixture.Demo.LoggedInAsync("planner");
        Assert.Contains("href=\"/settings\"", await admin.GetStringAsync(new Uri("/schedule", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/settings\"", await planner.GetStringAsync(new Uri("/schedule", UriKind.Relative)), StringComparison.Ordinal);
    }
}
