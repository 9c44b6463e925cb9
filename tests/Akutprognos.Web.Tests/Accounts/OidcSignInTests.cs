using System.Net;
using System.Security.Cryptography;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class OidcSignInTests(OidcSignInFixture fixture) : IClassFixture<OidcSignInFixture>
{
    [Fact]
    public async Task LoginPage_Configured_OffersTheProviderNextToTheLocalForm()
    {
        using var client = fixture.App.Client();
        using var page = await client.GetAsync(new Uri("/login", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Sign in with Regionens konto", html, StringComparison.Ordinal);
        Assert.Contains($"form-action 'self' {fixture.Provider.Issuer};", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("name=\"Password\"", html, StringComparison.Ordinal);
        await Login.AsAsync(client, "admin", OidcSignInFixture.AdminPassword);
    }

    [Fact]
    public async Task SignIn_AdminGroup_LandsWhereAskedOpensAdminPageAndIsAudited()
    {
        var (client, callback) = await fixture.SignInAsync("helena.berg@region.example", ["grp-other", "grp-admins"], "/settings/users");
        using (client)
        using (callback)
        {
            Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
            Assert.Equal("/login/external?returnUrl=%2Fsettings%2Fusers", callback.Headers.Location?.OriginalString);
            using var landing = await client.GetAsync(callback.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
            Assert.Equal("0;url=/settings/users", landing.Headers.GetValues("Refresh").Single());
            using var users = await client.GetAsync(new Uri("/settings/users", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        }
        var entry = Latest();
        Assert.Equal(("helena.berg@region.example", "login", "Regionens konto"), (entry.Actor, entry.Action, entry.Detail));
    }

    [Fact]
    public async Task SignIn_ViewerGroup_ReadsButIsRefusedOnAdminPage()
    {
        var (client, callback) = await fixture.SignInAsync("anna.lind@region.example", ["grp-readers"]);
        using (client)
        using (callback)
        {
            Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
            using var audit = await client.GetAsync(new Uri("/settings/audit", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
            Assert.StartsWith("https://localhost/denied", audit.Headers.Location?.ToString(), StringComparison.Ordinal);
            using var data = await client.GetAsync(new Uri("/data", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        }
    }

    [Fact]
    public async Task SignIn_UnmappedGroups_IsRefusedAndOnlyTheAuditLineIsStored()
    {
        var usersBefore = Users();
        var auditBefore = AuditCount();
        var (client, callback) = await fixture.SignInAsync("per.ek@region.example", ["grp-other"]);
        using (client)
        using (callback)
        {
            Assert.Equal("/login/refused", callback.Headers.Location?.OriginalString);
            using var page = await client.GetAsync(callback.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Contains("none of the groups", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await AssertLoggedOutAsync(client);
        }
        Assert.Equal(usersBefore, Users());
        Assert.Equal(auditBefore + 1, AuditCount());
        var entry = Latest();
        Assert.Equal(("per.ek@region.example", "login refused"), (entry.Actor, entry.Action));
    }

    [Fact]
    public async Task SignIn_TokenSignedWithAnotherKey_IsRefused()
    {
        using var forger = RSA.Create(2048);
        fixture.Provider.ForgeWith = forger;
        try
        {
            var (client, callback) = await fixture.SignInAsync("helena.berg@region.example", ["grp-admins"]);
            using (client)
            using (callback)
            {
                Assert.Equal("/login/refused?failed=true", callback.Headers.Location?.OriginalString);
                await AssertLoggedOutAsync(client);
            }
        }
        finally
        {
            fixture.Provider.ForgeWith = null;
        }
        var entry = Latest();
        Assert.Equal(("unknown", "login failed"), (entry.Actor, entry.Action));
    }

    [Fact]
    public async Task Logout_AfterProviderSignIn_EndsTheLocalSession()
    {
        var (client, callback) = await fixture.SignInAsync("anna.lind@region.example", ["grp-readers"]);
        using (client)
        using (callback)
        {
            var token = await Login.TokenAsync(client, "/data");
            using var logout = await client.PostAsync(new Uri("/logout", UriKind.Relative),
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal("/login", logout.Headers.Location?.OriginalString);
            await AssertLoggedOutAsync(client);
        }
    }

    [Fact]
    public async Task ChangePassword_ProviderUser_NoLinkAndRefusedWithoutChangingAnything()
    {
        var auditBefore = AuditCount();
        var (client, callback) = await fixture.SignInAsync("anna.lind@region.example", ["grp-readers"]);
        using (client)
        using (callback)
        {
            var data = await client.GetStringAsync(new Uri("/data", UriKind.Relative));
            Assert.Contains("<span class=\"who\">anna.lind@region.example</span>", data, StringComparison.Ordinal);
            Assert.DoesNotContain("/account/password", data, StringComparison.Ordinal);
            using var page = await client.GetAsync(new Uri("/account/password", UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Contains("which keeps its password. Change it there.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"current\"", html, StringComparison.Ordinal);
            var token = await Login.TokenAsync(client, "/data");
            using var post = await client.PostAsync(new Uri("/account/password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["current"] = "anything",
                ["password"] = "a new long password",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
        Assert.Equal(auditBefore + 1, AuditCount());
        Assert.Equal(("anna.lind@region.example", "login"), (Latest().Actor, Latest().Action));
    }

    [Fact]
    public async Task ChangePassword_LocalUserBesideProvider_KeepsLinkAndForm()
    {
        using var client = fixture.App.Client();
        await Login.AsAsync(client, "admin", OidcSignInFixture.AdminPassword);
        var data = await client.GetStringAsync(new Uri("/data", UriKind.Relative));
        Assert.Contains("<a href=\"/account/password\" class=\"who\">admin</a>", data, StringComparison.Ordinal);
        using var page = await client.GetAsync(new Uri("/account/password", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"current\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    static async Task AssertLoggedOutAsync(HttpClient client)
    {
        using var home = await client.GetAsync(new Uri("/data", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("https://localhost/login", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    List<string> Users()
    {
        using var database = AkutprognosDatabase.Open(fixture.Database);
        return [.. database.Users().Select(user => user.Name)];
    }

    int AuditCount()
    {
        using var database = AkutprognosDatabase.Open(fixture.Database);
        return database.AuditLog(int.MaxValue).Count;
    }

    Storage.Audit.AuditEntry Latest()
    {
        using var database = AkutprognosDatabase.Open(fixture.Database);
        return database.AuditLog(1).Single();
    }
}
