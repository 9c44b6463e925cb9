using System.Net;
using Akutprognos.TestSupport;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class OidcUnconfiguredTests
{
    [Fact]
    public async Task LoginPage_NoProviderConfigured_OffersOnlyTheLocalLogin()
    {
        using var folder = new ScratchFolder();
        using var app = new TestApp(folder.PathOf("local.db"), adminPassword: "local admin password");
        using var client = app.Client();
        var html = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        Assert.DoesNotContain("Sign in with", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/login/external", html, StringComparison.Ordinal);
        var token = await Login.TokenAsync(client, "/login");
        using var challenge = await client.PostAsync(new Uri("/login/external", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
        await Login.AsAsync(client, "admin", "local admin password");
        using var users = await client.GetAsync(new Uri("/settings/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }
}
