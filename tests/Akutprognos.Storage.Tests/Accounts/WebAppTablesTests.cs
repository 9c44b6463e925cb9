using Akutprognos.Core.Forecasting;
using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Audit;

namespace Akutprognos.Storage.Tests.Accounts;

/// <summary>What the web host stores: users, API keys, the audit log, settings and job runs, on both backends.</summary>
public sealed class WebAppTablesTests
{
    static readonly DateTimeOffset At = new(2026, 3, 29, 19, 30, 0, TimeSpan.Zero);

    static AuditEntry Audit(string action) => new(At, "tester", action, "detail");

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void AddUser_NameTaken_IsRefusedAndAuditedOnce(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        Assert.True(database.AddUser("anna", AccountRoles.Planner, "hash-1", Audit("user added")));
        Assert.False(database.AddUser(" anna ", AccountRoles.Admin, "hash-2", Audit("user added")));

        var anna = Assert.Single(database.Users());
        Assert.Equal(("anna", AccountRoles.Planner, "hash-1", false), (anna.Name, anna.Role, anna.PasswordHash, anna.Disabled));
        Assert.Single(database.AuditLog(), e => e.Action == "user added");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void UpdateUser_WithoutNewPassword_KeepsTheOldHash(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.AddUser("anna", AccountRoles.Planner, "hash-1", Audit("user added"));

        Assert.True(database.UpdateUser("anna", AccountRoles.Viewer, null, disabled: true, Audit("user changed")));
        Assert.False(database.UpdateUser("nobody", AccountRoles.Viewer, null, disabled: false, Audit("user changed")));

        Assert.Equal(("viewer", "hash-1", true), (database.User("anna")!.Role, database.User("anna")!.PasswordHash, database.User("anna")!.Disabled));
        Assert.Equal(["user changed", "user added"], database.AuditLog().Select(e => e.Action));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void AddUser_UnknownRole_ThrowsAndStoresNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        Assert.Throws<ArgumentException>(() => database.AddUser("anna", "superuser", "hash", Audit("user added")));
        Assert.Empty(database.Users());
        Assert.Empty(database.AuditLog());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ApiKey_Revoked_IsNoLongerFound(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var id = database.AddApiKey("integration", "abc123", AccountRoles.Planner, Audit("API key created"));

        Assert.Equal("integration", database.ApiKeyByHash("abc123")?.Name);
        Assert.True(database.RevokeApiKey(id, Audit("API key revoked")));
        Assert.False(database.RevokeApiKey(id, Audit("API key revoked")));

        Assert.Null(database.ApiKeyByHash("abc123"));
        Assert.NotNull(Assert.Single(database.ApiKeys()).Revoked);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveSettings_SameValuesAgain_ChangesNothingAndAuditsOnlyRealChanges(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var values = new Dictionary<string, string> { ["schedule.cron"] = "30 21 * * *", ["notices.email.to"] = "a@example.org" };

        Assert.Equal(["notices.email.to", "schedule.cron"], database.SaveSettings(values, "admin"));
        Assert.Empty(database.SaveSettings(values, "admin"));
        Assert.Equal(["schedule.cron"], database.SaveSettings(new Dictionary<string, string> { ["schedule.cron"] = "0 21 * * *" }, "admin"));

        Assert.Equal("0 21 * * *", database.Settings()["schedule.cron"]);
        Assert.Equal(["schedule.cron", "notices.email.to, schedule.cron"], database.AuditLog().Select(e => e.Detail));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveSettings_WithAuditEntry_WritesThatEntryOnlyWhenSomethingChanged(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var values = new Dictionary<string, string> { ["site.A.display-name"] = "Akuten A" };
        var entry = new AuditEntry(At, "admin", "site changed", "A: display name '' → 'Akuten A'");

        Assert.Equal(["site.A.display-name"], database.SaveSettings(values, entry));
        Assert.Empty(database.SaveSettings(values, entry));

        Assert.Equal([entry.Detail], database.AuditLog().Select(e => e.Detail));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveStaffingConfiguration_WithAuditEntry_StoresBothTogether(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        database.SaveStaffingConfiguration("""{"roles": []}""", Audit("staffing parameters changed"));

        Assert.Equal("""{"roles": []}""", database.LoadStaffingConfiguration());
        Assert.Equal(("staffing parameters changed", "detail"), (database.AuditLog().Single().Action, database.AuditLog().Single().Detail));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Runs_StartedAndFinished_AreListedNewestFirst(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open(new FixedClock(At));
        var date = new DateOnly(2026, 3, 30);
        var first = database.StartRun("forecast", date);
        database.FinishRun(first, ok: true, "8 series");
        database.StartRun("notice e-mail", null);

        var runs = database.Runs();
        Assert.Equal(["notice e-mail", "forecast"], runs.Select(r => r.Kind));
        Assert.Equal(("running", null), (runs[0].Outcome, runs[0].Finished));
        Assert.Equal(("ok", "8 series", date, At), (runs[1].Outcome, runs[1].Detail, runs[1].Date!.Value, runs[1].Finished!.Value));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ForecastMade_IsWhenTheDaysForecastWasSaved(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open(new FixedClock(At));
        var date = new DateOnly(2026, 3, 30);
        Assert.Null(database.ForecastMade(date));

        database.SaveForecasts([new DayForecast("total", date, "calendar", 1900, new(1800, 2000), new(1700, 2100), null, [])]);

        Assert.Equal(At, database.ForecastMade(date));
        Assert.Null(database.ForecastMade(date.AddDays(1)));
    }

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
