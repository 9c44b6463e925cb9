using System.Net;
using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class FirstAdminTests
{
    [Fact]
    public async Task Start_OnEmptyDatabase_CreatesOneAdminWithTheConfiguredPassword()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("empty.db");
        using (var app = new TestApp(path, adminPassword: "first admin password"))
        {
            using var client = app.Client();
            await Login.AsAsync(client, "admin", "first admin password");
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        using (var again = new TestApp(path, adminPassword: "another password"))
        {
            using var client = again.Client();
            using var refused = await Login.PostAsync(client, "admin", "another password");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
        using var database = AkutprognosDatabase.Open(path);
        Assert.Equal("admin", Assert.Single(database.Users()).Name);
    }
}
