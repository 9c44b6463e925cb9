using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.TestSupport;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Web.Tests.Api;

public sealed class IngestApiTests
{
    [Fact]
    public async Task ArrivalsPush_WithPlannerKey_StoresOnceAndAgainChangesNothing()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("push.db");
        string key;
        using (var database = AkutprognosDatabase.Open(path))
        {
            key = ApiKeys.Create(database, "integration", AccountRoles.Planner, "test", TimeProvider.System);
        }
        using var app = new TestApp(path);
        using var client = app.Client();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        var push = new
        {
            rows = new object[]
            {
                new { site = "Danderyd", hour = "2026-03-29T01:00:00+01:00", count = 7 },
                new { site = "Danderyd", hour = "2026-03-29T03:00:00+02:00", count = 5 },
            },
        };

        var first = await (await client.PostAsJsonAsync(new Uri("/api/arrivals", UriKind.Relative), push)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await client.PostAsJsonAsync(new Uri("/api/arrivals", UriKind.Relative), push)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((1, 2, 0), (first.GetProperty("sitesCreated").GetInt32(), first.GetProperty("rowsInserted").GetInt32(), first.GetProperty("rowsUnchanged").GetInt32()));
        Assert.Equal((0, 0, 2), (second.GetProperty("sitesCreated").GetInt32(), second.GetProperty("rowsInserted").GetInt32(), second.GetProperty("rowsUnchanged").GetInt32()));
        using var stored = AkutprognosDatabase.Open(path);
        // 01:00+01:00 and 03:00+02:00 are consecutive hours across the spring-forward gap.
        Assert.Equal([DateTimeOffset.Parse("2026-03-29T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse("2026-03-29T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture)],
            stored.HourlyArrivals("Danderyd").Select(h => h.Hour));
        Assert.Contains(stored.AuditLog(), e => e.Actor == "key:integration" && e.Action == "arrivals imported" && e.Detail.StartsWith("API push by key:integration: 1 new sites, 2 rows added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VisitorsPush_HourNotOnTheHour_Returns400AndStoresNothing()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("push.db");
        string key;
        using (var database = AkutprognosDatabase.Open(path))
        {
            key = ApiKeys.Create(database, "analytics", AccountRoles.Planner, "test", TimeProvider.System);
        }
        using var app = new TestApp(path);
        using var client = app.Client();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        var push = new { rows = new object[] { new { hour = "2026-01-05T18:00:00+01:00", visitors = 900 }, new { hour = "2026-01-05T19:30:00+01:00", visitors = 800 } } };

        using var response = await client.PostAsJsonAsync(new Uri("/api/visitors", UriKind.Relative), push);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("row 2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stored = AkutprognosDatabase.Open(path);
        Assert.Empty(stored.Visitors("all"));
    }

    [Theory]
    [InlineData("2026-11-20T10:00:00", "row 1: hour '2026-11-20T10:00:00' has no UTC offset")]
    [InlineData("2099-01-01T10:00:00+01:00", "row 1: hour 2099-01-01T10:00:00+01:00 is in the future")]
    [InlineData("next tuesday", "row 1: hour 'next tuesday' is not an ISO 8601 time")]
    public async Task ArrivalsPush_HourWithoutOffsetOrInTheFuture_Returns400NamingTheRowAndStoresNothing(string hour, string message)
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("push.db");
        string key;
        using (var database = AkutprognosDatabase.Open(path))
        {
            key = ApiKeys.Create(database, "integration", AccountRoles.Planner, "test", TimeProvider.System);
        }
        using var app = new TestApp(path);
        using var client = app.Client();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        var push = new { rows = new object[] { new { site = "PUSHX", hour, count = 7 }, new { site = "PUSHX", hour = "2025-11-20T10:00:00+01:00", count = 5 } } };

        using var response = await client.PostAsJsonAsync(new Uri("/api/arrivals", UriKind.Relative), push);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stored = AkutprognosDatabase.Open(path);
        Assert.Empty(stored.HourlyArrivals("PUSHX"));
    }
}
