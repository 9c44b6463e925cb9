using System.Globalization;
using System.Net;
using System.Text.Json;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Web.Tests.Health;

public sealed class HealthReasonsTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-20T12:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Health_LatestRunFailedAndFeedLate_DegradedWith200AndAdminsReadWhy()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("degraded.db");
        using (var database = AkutprognosDatabase.Open(path))
        {
            // Arrivals that stopped two days ago, against the default 36 h threshold; a run that failed after one that did not.
            database.ImportArrivals([new HourlyArrivals("Danderyd", Now.AddHours(-48), 4)], [], "feed");
            database.FinishRun(database.StartRun("forecast", new DateOnly(2026, 11, 20)), true, "nightly: ok");
            database.FinishRun(database.StartRun("forecast", new DateOnly(2026, 11, 21)), false, "nightly: no arrivals for Danderyd");
        }
        using var app = new TestApp(path, adminPassword: "admin password 1", clock: new FakeTimeProvider(Now));
        using var anonymous = app.Client();
        using var admin = app.Client();
        await Login.AsAsync(admin, "admin", "admin password 1");

        using var open = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
        using var detailed = await admin.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal("Degraded", await open.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, detailed.StatusCode);
        using var json = JsonDocument.Parse(await detailed.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => (Status: c.GetProperty("status").GetString(), Reason: c.GetProperty("reason").GetString()));
        Assert.Equal("Healthy", checks["storage"].Status);
        Assert.Equal("Degraded", checks["runs"].Status);
        Assert.StartsWith("the latest forecast run failed (", checks["runs"].Reason, StringComparison.Ordinal);
        Assert.Equal("Degraded", checks["feeds"].Status);
        Assert.Equal("late data feeds: arrivals from Danderyd (47 h)", checks["feeds"].Reason);
    }
}
