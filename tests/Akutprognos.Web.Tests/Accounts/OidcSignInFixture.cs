using System.Net;
using System.Text.RegularExpressions;
using Akutprognos.TestSupport;

namespace Akutprognos.Web.Tests.Accounts;

/// <summary>The test provider and an app on an empty database configured to sign in with it.</summary>
public sealed partial class OidcSignInFixture : IAsyncLifetime
{
    public const string AdminPassword = "local admin password";

    readonly ScratchFolder folder = new();
    OidcProvider? provider;
    TestApp? app;

    internal OidcProvider Provider => provider!;

    public TestApp App => app!;

    public string Database => folder.PathOf("oidc.db");

    public async Task InitializeAsync()
    {
        provider = await OidcProvider.StartAsync();
        app = new TestApp(Database, adminPassword: AdminPassword, settings: provider.AppSettings());
    }

    /// <summary>
    /// A browser-like client (HTTPS, as the provider's correlation cookies need) that has gone through the
    /// provider as <paramref name="name"/> in <paramref name="groups"/>; returns it and the app's answer to the callback.
    /// </summary>
    public async Task<(HttpClient Client, HttpResponseMessage Callback)> SignInAsync(string name, string[] groups, string returnUrl = "/")
    {
        Provider.NextUser = (name, groups);
        var client = App.Client(baseAddress: new Uri("https://localhost"));
        var token = await Login.TokenAsync(client, "/login");
        using var challenge = await client.PostAsync(
            new Uri("/login/external?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var form = await browser.GetStringAsync(challenge.Headers.Location);
        var action = FormAction().Match(form).Groups[1].Value;
        var fields = HiddenField().Matches(form).ToDictionary(field => field.Groups[1].Value, field => WebUtility.HtmlDecode(field.Groups[2].Value));
        Assert.Equal("https://localhost/signin-oidc", action);
        return (client, await client.PostAsync(new Uri(action), new FormUrlEncodedContent(fields)));
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\" />")]
    private static partial Regex HiddenField();

    public async Task DisposeAsync()
    {
        app?.Dispose();
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
        folder.Dispose();
    }
}
