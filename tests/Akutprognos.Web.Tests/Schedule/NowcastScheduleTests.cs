using Akutprognos.Core.Series;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.TestSupport;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Schedule;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Web.Tests.Schedule;

/// <summary>
/// The evening nowcasts on a fake clock through the night Stockholm leaves summer time (25 October 2026, 03:00 CEST →
/// 02:00 CET), on two demo EDs so each run takes about a second.
/// </summary>
public sealed class NowcastScheduleTests : IDisposable
{
    static readonly TimeZoneInfo Stockholm = LocalDays.Stockholm;
    static readonly DateOnly LastDay = new(2026, 10, 25);
    readonly ScratchFolder folder = new();
    readonly string path;

    public NowcastScheduleTests()
    {
        path = folder.PathOf("nowcast.db");
        var data = DemoRegion.Generate(new DemoOptions(LastDay), HolidayCalendars.ForCode("SE"));
        var sites = data.Sites.Take(2).Select(s => s.Name).ToHashSet();
        using var database = AkutprognosDatabase.Open(path);
        database.ImportArrivals([.. data.Arrivals.Where(a => sites.Contains(a.Site))], [], "demo");
        database.ImportVisitors(data.Visitors, "demo");
    }

    [Fact]
    public async Task Schedule_AcrossAutumnClockChange_IssuesAtEachLocalHourAndStoresThem()
    {
        // The server starts at 23:00 summer time (UTC+2), an hour after the 22:00 nowcast it missed.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-10-24T21:00:00Z", CultureInfo.InvariantCulture));
        using var database = AkutprognosDatabase.Open(path, clock);
        var options = new WebAppOptions(path);
        var runner = new NowcastRunner(database, options, clock, NullLogger<NowcastRunner>.Instance);
        using var schedule = new NowcastSchedule(database, options, runner, clock);
        await schedule.StartAsync(CancellationToken.None);
        Assert.True(Wait.Until(() => NowcastRuns(database).Count(r => r.Outcome != "running") == 1, TimeSpan.FromSeconds(60)), "no catch-up at start");
        // Then midnight in summer time, and 18:00 and 20:00 in winter time (UTC+1) after the change.
        var issues = new[] { "2026-10-24T22:00:00Z", "2026-10-25T17:00:00Z", "2026-10-25T19:00:00Z" }
            .Select(t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < issues.Count; i++)
        {
            // Just before the hour nothing new runs; at the hour the schedule wakes.
            clock.SetUtcNow(issues[i].AddMinutes(-1));
            await Task.Delay(200);
            Assert.Equal(i + 1, NowcastRuns(database).Count);
            clock.SetUtcNow(issues[i]);
            Assert.True(Wait.Until(() => NowcastRuns(database).Count(r => r.Outcome != "running") == i + 2, TimeSpan.FromSeconds(60)), $"no nowcast run at {issues[i]:O}");
        }
        await schedule.StopAsync(CancellationToken.None);

        var runs = NowcastRuns(database).OrderBy(r => r.Id).ToList();
        Assert.All(runs, r => Assert.Equal("ok", r.Outcome));
        Assert.StartsWith("catch-up at start: issued at 22:00", runs[0].Detail, StringComparison.Ordinal);
        Assert.Equal([new DateOnly(2026, 10, 25), new(2026, 10, 25), new(2026, 10, 26), new(2026, 10, 26)], runs.Select(r => r.Date!.Value));
        var expected = new (DateOnly Date, int Hour)[] { (new DateOnly(2026, 10, 25), 22), (new DateOnly(2026, 10, 25), 24), (new DateOnly(2026, 10, 26), 18), (new DateOnly(2026, 10, 26), 20) };
        issues.Insert(0, DateTimeOffset.Parse("2026-10-24T21:00:00Z", CultureInfo.InvariantCulture));
        foreach (var ((date, hour), at) in expected.Zip(issues))
        {
            var issue = database.Nowcasts(date).Where(n => n.IssueHour == hour).ToList();
            Assert.Equal(3, issue.Count);
            // Made when it ran: the catch-up an hour late, the others on the hour.
            Assert.All(issue, n => Assert.Equal(at, n.Issued));
            Assert.All(issue, n => Assert.EndsWith($"@{hour}", n.Forecast.Model, StringComparison.Ordinal));
            Assert.All(issue, n => Assert.InRange(n.Forecast.Mean, n.Forecast.Interval80.Lower, n.Forecast.Interval80.Upper));
            Assert.All(issue, n => Assert.InRange(n.RecentMape ?? double.NaN, 0.5, 30));
            // The hospitals are scaled to add up to the region, and say so.
            var region = issue.Single(n => n.Forecast.Series == SeriesId.RegionKey);
            var sites = issue.Where(n => n.Forecast.Series != SeriesId.RegionKey).ToList();
            Assert.Equal(region.Forecast.Mean, sites.Sum(n => n.Forecast.Mean), 6);
            Assert.All(sites, n => Assert.InRange(n.RegionScale ?? double.NaN, 0.8, 1.2));
            Assert.Null(region.RegionScale);
        }
        // The later the issue, the more of the evening it has seen: the windows differ, so the numbers do.
        var regionNowcasts = database.Nowcasts(new DateOnly(2026, 10, 26)).Where(n => n.Forecast.Series == SeriesId.RegionKey).ToList();
        Assert.True(regionNowcasts.Select(n => Math.Round(n.Forecast.Mean, 6)).Distinct().Count() > 1);

        await ShownAsync();
    }

    /// <summary>The Site page and the API show the evening's nowcasts with their time of issue.</summary>
    async Task ShownAsync()
    {
        string password;
        string named;
        using (var database = AkutprognosDatabase.Open(path))
        {
            password = LocalUsers.CreateOrReset(database, "viewer", AccountRoles.Viewer, TimeProvider.System);
            named = database.Sites.All()[0].Name;
            StoredSites.Name(database, named, "Named ED");
        }
        using var app = new TestApp(path);
        using var client = app.Client();
        await Login.AsAsync(client, "viewer", password);
        var html = await client.GetStringAsync(new Uri("/site/total?date=2026-10-26", UriKind.Relative));
        Assert.Contains("data-nowcasts=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("data-issue-hour=\"18\"", html, StringComparison.Ordinal);
        Assert.Contains("data-issue-hour=\"20\"", html, StringComparison.Ordinal);
        // 18:00 on 25 October is winter time again: shown on the local clock.
        Assert.Contains("2026-10-25 18:00", html, StringComparison.Ordinal);
        Assert.Contains("2026-10-25 20:00", html, StringComparison.Ordinal);

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/nowcasts?date=2026-10-25", UriKind.Relative));
        var nowcasts = body.GetProperty("nowcasts").EnumerateArray().ToList();
        Assert.Equal([22, 22, 22, 24, 24, 24], nowcasts.Select(n => n.GetProperty("issueHour").GetInt32()));
        Assert.Equal("2026-10-24T23:00:00+02:00", nowcasts[0].GetProperty("issued").GetString());
        Assert.Equal("2026-10-25T00:00:00+02:00", nowcasts[3].GetProperty("issued").GetString());
        Assert.Equal("total", nowcasts[0].GetProperty("series").GetString());
        Assert.Equal("Region (all EDs)", nowcasts[0].GetProperty("displayName").GetString());
        var site = nowcasts.First(n => n.GetProperty("series").GetString() == named);
        Assert.Equal("Named ED", site.GetProperty("displayName").GetString());
    }

    static List<Storage.Runs.JobRun> NowcastRuns(AkutprognosDatabase database) => [.. database.Runs(100).Where(r => r.Kind == NowcastRunner.Kind)];

    public void Dispose() => folder.Dispose();
}
