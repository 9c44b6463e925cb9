using System.Net;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class LoginLimitTests
{
    [Fact]
    public async Task Login_MoreAttemptsThanTheLimitInAMinute_Returns429EvenWithTheRightPassword()
    {
        var demo = DemoDatabase.Instance;
        // An app of its own: the limiter counts per app, and other tests log in too.
        using var app = new TestApp(demo.Path);
        using var client = app.Client(IPAddress.Parse("192.0.2.7"));
        for (var i = 0; i < LoginLimits.AttemptsPerWindow; i++)
        {
            using var wrong = await Login.PostAsync(client, "viewer", "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var refused = await Login.PostAsync(client, "viewer", demo.ViewerPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
