using System.Globalization;
using System.Net;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.TestSupport;
using Akutprognos.Web.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class AccountLockoutTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-20T12:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Login_TooManyWrongPasswordsFromManyAddresses_AccountRefusedUntilThePeriodEndsOthersNot()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("lockout.db");
        string plannerPassword, adminPassword;
        using (var database = AkutprognosDatabase.Open(path))
        {
            plannerPassword = LocalUsers.CreateOrReset(database, "planner", AccountRoles.Planner, TimeProvider.System);
            adminPassword = LocalUsers.CreateOrReset(database, "admin", AccountRoles.Admin, TimeProvider.System);
        }
        var clock = new FakeTimeProvider(Now);
        using var app = new TestApp(path, clock: clock);

        // Two failures per address: the per-address limit (5 a minute) never trips, the per-account one does.
        for (var i = 0; i < AccountLockout.MaxFailures; i += 2)
        {
            using var attacker = app.Client();
            for (var j = 0; j < 2; j++)
            {
                using var wrong = await Login.PostAsync(attacker, "planner", $"guess {i + j}");
                Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            }
        }
        using var owner = app.Client();
        using var refused = await Login.PostAsync(owner, "planner", plannerPassword);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        using var other = app.Client();
        await Login.AsAsync(other, "admin", adminPassword);
        clock.Advance(AccountLockout.Period - TimeSpan.FromMinutes(1));
        using var stillRefused = await Login.PostAsync(owner, "planner", plannerPassword);
        clock.Advance(TimeSpan.FromMinutes(1));
        using var later = app.Client();
        await Login.AsAsync(later, "planner", plannerPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Too many failed log-ins for this account. Try again in 15 minutes, or ask an admin.", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillRefused.StatusCode);
        using var check = AkutprognosDatabase.Open(path);
        var audit = check.AuditLog().Where(e => e.Actor == "planner").Reverse().Select(e => e.Action).ToList();
        Assert.Equal(
            [.. Enumerable.Repeat("login failed", AccountLockout.MaxFailures), "account locked", "login refused", "login refused", "login"],
            audit);
    }
}
