using System.Security.Cryptography;
using System.Text;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Visits;

namespace Akutprognos.Storage.Tests.Visits;

public sealed class ImportVisitsTests
{
    static readonly DateTimeOffset Monday = new(2024, 3, 4, 8, 0, 0, TimeSpan.Zero);

    static Visit V(string id, string site, DateTimeOffset arrival, int line) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(id)), site, arrival, null, null, line);

    static ArrivalsBatch Batch(params Visit[] visits) => new("visits.csv") { Visits = visits };

    static List<Visit> Morning() =>
    [
        V("a", "Danderyd", Monday.AddMinutes(5), 2),
        V("b", "Danderyd", Monday.AddMinutes(50), 3),
        V("c", "Danderyd", Monday.AddHours(2).AddMinutes(10), 4),
        V("d", "Södersjukhuset", Monday.AddMinutes(30), 5),
    ];

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivalsBatch_Visits_HourlyCountsDerivedWithEmptyHoursAsZero(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        var result = database.ImportArrivalsBatch(Batch([.. Morning()]));

        Assert.Equal((4, 4, 2), (result.Visits.Read, result.Visits.Inserted, result.Visits.SitesCreated));
        Assert.Equal(
            [new("Danderyd", Monday, 2), new("Danderyd", Monday.AddHours(1), 0), new("Danderyd", Monday.AddHours(2), 1), new("Södersjukhuset", Monday, 1)],
            database.HourlyArrivals());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivalsBatch_SameVisitsTwiceWithRepeats_DataTablesIdentical(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var visits = Morning();
        visits.Add(V("a", "Danderyd", Monday.AddMinutes(5), 9));

        var first = database.ImportArrivalsBatch(Batch([.. visits]));
        var dump = test.DumpDataTables();
        var second = database.ImportArrivalsBatch(Batch([.. visits]));

        Assert.Equal(1, first.Visits.Repeats);
        Assert.Equal((0, 0, 4), (second.Visits.Inserted, second.Visits.Corrected, second.Visits.Unchanged));
        Assert.Equal((0, 0), (second.Visits.Hourly.RowsInserted, second.Visits.Hourly.RowsChanged));
        Assert.Equal(dump, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivalsBatch_CorrectedVisit_MovesFromOldHourAndSite(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivalsBatch(Batch([.. Morning()]));

        var result = database.ImportArrivalsBatch(Batch(V("b", "Södersjukhuset", Monday.AddHours(3), 2)));

        Assert.Equal(1, result.Visits.Corrected);
        var hours = database.HourlyArrivals();
        Assert.Contains(new HourlyArrivals("Danderyd", Monday, 1), hours);
        Assert.Contains(new HourlyArrivals("Södersjukhuset", Monday.AddHours(3), 1), hours);
        Assert.Equal(4, hours.Sum(h => h.Count));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivalsBatch_ConflictingRepeat_ThrowsWithBothOriginsAndChangesNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivalsBatch(Batch([.. Morning()]));
        var dump = test.DumpDataTables();

        var error = Assert.Throws<DuplicateVisitException>(() => database.ImportArrivalsBatch(
            Batch(V("x", "Danderyd", Monday.AddHours(5), 2), V("y", "Danderyd", Monday.AddHours(5), 3), V("x", "Danderyd", Monday.AddHours(6), 4))));

        Assert.Equal((2L, 4L, "arrival time"), (error.FirstOrigin, error.SecondOrigin, error.Difference));
        Assert.Equal(dump, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivalsBatch_SourceFailsMidStream_ChangesNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivalsBatch(Batch([.. Morning()]));
        var dump = test.DumpDataTables();

        static IEnumerable<Visit> Failing()
        {
            for (var i = 0; i < 5000; i++)
            {
                yield return V("n" + i, "Norrtälje", Monday.AddMinutes(i), i + 2);
            }
            throw new InvalidDataException("bad row 5002");
        }

        Assert.Throws<InvalidDataException>(() => database.ImportArrivalsBatch(new ArrivalsBatch("bad.csv") { Visits = Failing() }));
        Assert.Equal(dump, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivalsBatch_BeforeCutOff_NewestDayIncompleteUntilLaterImport(string backend)
    {
        using var test = TestDatabase.Create(backend);
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 5, 3, 0, 0, TimeSpan.Zero));
        using var database = test.Open(clock);
        var rule = new FeedCompleteness(LocalDays.Stockholm) { DayClosesAtHour = 6 };

        database.ImportArrivalsBatch(Batch([.. Morning()]) with { Completeness = rule });
        var early = database.CompleteThrough();
        clock.Now = new DateTimeOffset(2024, 3, 5, 6, 0, 0, TimeSpan.Zero);
        database.ImportArrivalsBatch(Batch([.. Morning()]) with { Completeness = rule });

        Assert.Equal(new DateOnly(2024, 3, 3), early["Danderyd"]);
        Assert.Equal(new DateOnly(2024, 3, 4), database.CompleteThrough()["Danderyd"]);
    }

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
