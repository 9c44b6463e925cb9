using Akutprognos.Core.Series;

namespace Akutprognos.Storage.Tests.Health;

/// <summary>The newest hour per feed and the app's own state, on both backends.</summary>
public sealed class FeedFreshnessTests
{
    static readonly DateTimeOffset Hour = new(2026, 11, 20, 22, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void NewestHours_ArrivalsAndVisitors_LatestHourOfEachFeed(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivals(
            [new HourlyArrivals("Solna", Hour, 3), new HourlyArrivals("Danderyd", Hour.AddHours(-5), 0), new HourlyArrivals("Solna", Hour.AddHours(-1), 2)], [], "test");
        database.ImportVisitors([new HourlyVisitors("all", Hour.AddHours(2), 900), new HourlyVisitors("all", Hour, 800)], "test");

        Assert.Equal(
            [
                new FeedNewest(FeedKind.Arrivals, "Danderyd", Hour.AddHours(-5)),
                new FeedNewest(FeedKind.Arrivals, "Solna", Hour),
                new FeedNewest(FeedKind.Visitors, "all", Hour.AddHours(2)),
            ],
            database.NewestHours());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveAppState_Twice_StoresTheLatestWithoutAuditLine(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        database.SaveAppState("notices.late.alerted", "arrivals:Solna");
        database.SaveAppState("notices.late.alerted", "");

        Assert.Equal("", database.Settings()["notices.late.alerted"]);
        Assert.Empty(database.AuditLog());
    }
}
