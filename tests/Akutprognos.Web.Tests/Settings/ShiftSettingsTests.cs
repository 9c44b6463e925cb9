using Akutprognos.Core.Staffing;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;

namespace Akutprognos.Web.Tests.Settings;

public sealed class ShiftSettingsTests(DemoCopyApp fixture) : IClassFixture<DemoCopyApp>
{
    StaffingConfiguration Stored()
    {
        using var database = fixture.Open();
        return new StaffingRun(database, SiteSetup.Load(database)).StoredConfiguration();
    }

    static List<string> Labels(StaffingConfiguration configuration, string role) => [.. configuration.Role(role)!.Templates.Select(t => t.Label)];

    async Task<string> PostAsync(string handler, params (string Name, string Value)[] fields)
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");
        var (_, html) = await SettingsForms.SubmitAsync(client, $"/settings/shifts?handler={handler}", fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return html;
    }

    [Fact]
    public async Task Add_ForTwoRoles_IsStoredForThemOnlyAndAudited()
    {
        var html = await PostAsync("Add", ("start", "10:00"), ("length", "8,5"), ("roles", "doctor"), ("roles", "nurse"));

        Assert.Contains("Saved.", html, StringComparison.Ordinal);
        var stored = Stored();
        Assert.Contains("10–18:30", Labels(stored, "doctor"));
        Assert.Contains("10–18:30", Labels(stored, "nurse"));
        Assert.DoesNotContain("10–18:30", Labels(stored, "assistant nurse"));
        using var database = fixture.Open();
        Assert.Contains(database.AuditLog(), e => e.Action == "shift templates changed" && e.Detail == "added 10–18:30 (doctor, nurse)");
    }

    [Fact]
    public async Task Edit_LongerAndFewerRoles_ReplacesTheShiftAndAuditsOldAndNew()
    {
        await PostAsync("Add", ("start", "11:00"), ("length", "6"), ("roles", "doctor"), ("roles", "nurse"));

        var html = await PostAsync("Edit", ("shift", "11–17"), ("start", "11:00"), ("length", "7"), ("roles", "nurse"));

        Assert.Contains("Saved.", html, StringComparison.Ordinal);
        var stored = Stored();
        Assert.DoesNotContain("11–17", Labels(stored, "doctor"));
        Assert.DoesNotContain("11–18", Labels(stored, "doctor"));
        Assert.Equal(["11–18"], Labels(stored, "nurse").Where(l => l.StartsWith("11", StringComparison.Ordinal)));
        using var database = fixture.Open();
        Assert.Contains(database.AuditLog(), e => e.Detail == "11–17 (doctor, nurse) → 11–18 (nurse)");
    }

    [Fact]
    public async Task Remove_ThenUsedNoMore_IsGoneFromEveryRole()
    {
        await PostAsync("Add", ("start", "09:00"), ("length", "4"), ("roles", "doctor"), ("roles", "assistant nurse"));

        var html = await PostAsync("Remove", ("shift", "09–13"));

        Assert.Contains("Saved.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Stored().Roles, r => r.Templates.Any(t => t.Label == "09–13"));
        using var database = fixture.Open();
        Assert.Contains(database.AuditLog(), e => e.Detail == "removed 09–13 (doctor, assistant nurse)");
    }

    [Theory]
    [InlineData("Remove", "21–07:30", null, null, "leave 22:00–07:00 uncovered")]
    [InlineData("Add", null, "10:00", "0", "The length must be more than 0 and less than 24 hours.")]
    [InlineData("Add", null, "10:00", "24", "The length must be more than 0 and less than 24 hours.")]
    [InlineData("Add", null, "25:00", "8", "Write the start as a clock time, e.g. 07:00.")]
    [InlineData("Add", null, "07:00", "9", "There is already a shift 07–16: change that one instead.")]
    [InlineData("Add", null, "10:00", "", "Write the length in hours, e.g. 9 or 10.5.")]
    public async Task Change_Invalid_ShowsTheMessageAndStoresNothing(string handler, string? shift, string? start, string? length, string message)
    {
        using var database = fixture.Open();
        var before = database.LoadStaffingConfiguration();
        var fields = new List<(string, string)> { ("roles", "doctor") };
        fields.AddRange(new[] { ("shift", shift), ("start", start), ("length", length) }.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!)));

        var html = await PostAsync(handler, [.. fields]);

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(before, database.LoadStaffingConfiguration());
    }

    [Fact]
    public async Task Add_WithoutRoles_IsRefused()
    {
        var html = await PostAsync("Add", ("start", "10:00"), ("length", "8"));

        Assert.Contains("Choose at least one role.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Stored().Roles, r => r.Templates.Any(t => t.Label == "10–18"));
    }
}
