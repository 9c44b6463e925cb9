using System.Net;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class AccessTests(DemoApp fixture) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/site/total")]
    [InlineData("/accuracy")]
    [InlineData("/data")]
    [InlineData("/schedule")]
    [InlineData("/settings/users")]
    [InlineData("/api/reference")]
    public async Task Page_WithoutLogin_RedirectsToLogin(string path)
    {
        using var client = fixture.App.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/openapi.json")]
    [InlineData("/api/accuracy")]
    [InlineData("/api/runs")]
    [InlineData("/metrics")]
    public async Task MachineEndpoint_WithoutLoginFromAnotherMachine_Returns401(string path)
    {
        using var client = fixture.App.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_FromLoopbackWithoutLogin_ArePrometheusText()
    {
        using var client = fixture.App.Client(System.Net.IPAddress.Loopback);
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE http_requests_received_total counter", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginForm_PostedWithoutAntiforgeryToken_Returns400()
    {
        using var client = fixture.App.Client();
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = fixture.Demo.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SettingsForm_PostedByAdminWithoutToken_Returns400AndChangesNothing()
    {
        using var client = await fixture.LoggedInAsync("admin");
        using var response = await client.PostAsync(new Uri("/settings/users?handler=Add", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "sneaky",
            ["role"] = "admin",
            ["password"] = "long enough password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var database = fixture.Demo.Open();
        Assert.Null(database.User("sneaky"));
    }

    [Theory]
    [InlineData("viewer", HttpStatusCode.Redirect)]
    [InlineData("planner", HttpStatusCode.Redirect)]
    public async Task UsersPage_ForNonAdmin_IsRefused(string user, HttpStatusCode expected)
    {
        using var client = await fixture.LoggedInAsync(user);
        using var response = await client.GetAsync(new Uri("/settings/users", UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("http://localhost/denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleChange_ByViewerWithValidToken_IsForbiddenAndChangesNothing()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        var token = await Login.TokenAsync(client, "/account/password");
        using var response = await client.PostAsync(new Uri("/schedule", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["cron"] = "0 3 * * *",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("http://localhost/denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        using var database = fixture.Demo.Open();
        Assert.False(database.Settings().ContainsKey(Web.Schedule.ScheduleSettings.CronSetting));
    }

    [Fact]
    public async Task ArrivalsPush_ByViewer_Returns403()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var response = await client.PostAsync(new Uri("/api/arrivals", UriKind.Relative),
            new StringContent("""{"rows":[{"site":"Danderyd","hour":"2020-01-01T10:00:00+01:00","count":3}]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndIsAudited()
    {
        using var client = fixture.App.Client();
        using var response = await Login.PostAsync(client, "planner", "not the password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong user name or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var database = fixture.Demo.Open();
        Assert.Contains(database.AuditLog(), e => e.Actor == "planner" && e.Action == "login failed");
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = fixture.App.Client();
        using var response = await client.GetAsync(new Uri("/login", UriKind.Relative));
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
