using System.Globalization;
using Akutprognos.Core.Calendar;

namespace Akutprognos.Web.Tests.Dashboard;

/// <summary>The Data health page: every ED with the latest hour stored for it.</summary>
public sealed class DataHealthTests(DemoApp fixture) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task DataHealth_EveryEd_ShowsItsLatestStoredHour()
    {
        using var database = fixture.Demo.Open();
        var latest = database.HourlyArrivals().GroupBy(h => h.Site).ToDictionary(g => g.Key, g => g.Max(h => h.Hour));
        using var client = await fixture.LoggedInAsync("viewer");

        var html = await client.GetStringAsync(new Uri("/data", UriKind.Relative));

        Assert.Equal(7, latest.Count);
        foreach (var (site, hour) in latest)
        {
            var shown = TimeZoneInfo.ConvertTime(hour, LocalDays.Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            Assert.Contains($"<th scope=\"row\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(site)}</th><td>{shown}</td>", html, StringComparison.Ordinal);
        }
    }
}
