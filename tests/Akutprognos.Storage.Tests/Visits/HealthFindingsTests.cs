using Akutprognos.Core.Health;

namespace Akutprognos.Storage.Tests.Visits;

public sealed class HealthFindingsTests
{
    static readonly DateTimeOffset Night = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveHealthFindings_SameFindingsTwice_NothingChangesAndVanishedOnesGo(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivals(Samples.Hourly(3, "Danderyd"), [], "hours.csv");
        HealthFinding[] findings =
        [
            new("Danderyd", HealthKind.Gap, Night, Night.AddHours(3), "no arrivals for 3 h"),
            new("Danderyd", HealthKind.LateFeed, Night.AddDays(1), Night.AddDays(1), "no arrivals stored after …"),
        ];

        var first = database.SaveHealthFindings(["Danderyd"], findings);
        var dump = test.DumpDataTables();
        var again = database.SaveHealthFindings(["Danderyd"], findings);
        var afterAgain = test.DumpDataTables();
        var dropped = database.SaveHealthFindings(["Danderyd"], [findings[0]]);

        Assert.Equal((2, 0, 1), (first, again, dropped));
        Assert.Equal(dump, afterAgain);
        Assert.Equal(findings[0], Assert.Single(database.HealthFindings()).Finding);
    }
}
