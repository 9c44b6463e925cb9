using Akutprognos.Storage.Audit;

namespace Akutprognos.Storage.Tests.Accounts;

public sealed class FailedLoginsTests
{
    static readonly DateTimeOffset At = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void FailedLoginsSince_CountsThisNamesFailuresInTheWindowAfterItsLatestSuccess(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        void Line(int minutes, string actor, string action) => database.Audit(new AuditEntry(At.AddMinutes(minutes), actor, action, ""));
        Line(0, "anna", "login failed");
        Line(1, "anna", "login");
        Line(2, "anna", "login failed");
        Line(3, "bertil", "login failed");
        Line(20, "anna", "login failed");
        Line(21, "anna", "login failed");

        Assert.Equal(3, database.FailedLoginsSince("anna", At));
        Assert.Equal(2, database.FailedLoginsSince(" anna ", At.AddMinutes(2)));
        Assert.Equal(1, database.FailedLoginsSince("bertil", At));
        Line(22, "anna", "account unlocked");
        Assert.Equal(0, database.FailedLoginsSince("anna", At));
    }
}
