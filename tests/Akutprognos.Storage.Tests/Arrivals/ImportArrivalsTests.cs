using Akutprognos.Core.Series;

namespace Akutprognos.Storage.Tests.Arrivals;

public sealed class ImportArrivalsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_NewRows_ReadBackExactly(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var hourly = Samples.Hourly(30, "Södersjukhuset", "Karolinska Solna", "Danderyds sjukhus");

        var result = database.ImportArrivals(hourly, Samples.Daily(("Norrtälje", 1, 41)), "arrivals.csv");

        Assert.Equal(new ImportResult(4, 91, 0, 0), result);
        Assert.Equal(["Danderyds sjukhus", "Karolinska Solna", "Norrtälje", "Södersjukhuset"], database.Sites.All().Select(s => s.Name));
        Assert.Equal(Samples.Sorted(hourly), database.HourlyArrivals());
        Assert.Equal(hourly.Where(r => r.Site == "Södersjukhuset"), database.HourlyArrivals("Södersjukhuset"));
        Assert.All(database.HourlyArrivals(), r => Assert.Equal(TimeSpan.Zero, r.Hour.Offset));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_SameInputTwice_LeavesDataTablesIdentical(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var hourly = Samples.Hourly(48, "Södersjukhuset", "Karolinska Huddinge");
        var daily = Samples.Daily(("Norrtälje", 1, 41), ("Norrtälje", 2, 38));
        database.ImportArrivals(hourly, daily, "arrivals.csv");
        var afterFirst = test.DumpDataTables();

        var second = database.ImportArrivals(hourly, daily, "arrivals.csv");

        Assert.Equal(new ImportResult(0, 0, 0, 98), second);
        Assert.Equal(afterFirst, test.DumpDataTables());
        Assert.Equal(2, test.Count("imports"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_ChangedCount_ReplacesStoredValue(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var hourly = Samples.Hourly(5, "Södersjukhuset");
        database.ImportArrivals(hourly, Samples.Daily(("Norrtälje", 1, 41)), "monday.csv");
        hourly[2] = hourly[2] with { Count = 99 };
        hourly.Add(new HourlyArrivals("Södersjukhuset", Samples.Start.AddHours(5), 7));

        var result = database.ImportArrivals(hourly, Samples.Daily(("Norrtälje", 1, 40)), "tuesday.csv");

        Assert.Equal(new ImportResult(0, 1, 2, 4), result);
        Assert.Equal(hourly, database.HourlyArrivals());
        Assert.Contains(new DailyArrivals("Norrtälje", new DateOnly(2024, 4, 1), 40), database.DailyArrivals(TimeZoneInfo.Utc));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_SameKeyTwiceInInput_LastRowWins(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var hour = Samples.Start;

        var result = database.ImportArrivals([new("Södersjukhuset", hour, 3), new("Södersjukhuset ", hour, 4)], [], "twice.csv");

        Assert.Equal(new ImportResult(1, 1, 0, 0), result);
        Assert.Equal([new HourlyArrivals("Södersjukhuset", hour, 4)], database.HourlyArrivals());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_DatabaseFailsMidway_LeavesDatabaseAsItWas(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var hourly = Samples.Hourly(24, "Södersjukhuset");
        database.ImportArrivals(hourly, [], "monday.csv");
        test.FailDailyArrivalsOf(999);
        var before = test.DumpDataTables();
        hourly[0] = hourly[0] with { Count = 50 };
        hourly.AddRange(Samples.Hourly(24, "Capio S:t Göran"));

        // Sites and hourly rows are written before the daily rows, where the database refuses.
        var error = Assert.Throws<StorageException>(
            () => database.ImportArrivals(hourly, Samples.Daily(("Norrtälje", 1, 41), ("Norrtälje", 2, 999)), "broken.csv"));

        Assert.Contains("injected failure", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, test.DumpDataTables());
        Assert.Equal(1, test.Count("imports"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_RowWithoutSiteName_ThrowsAndChangesNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivals(Samples.Hourly(3, "Södersjukhuset"), [], "monday.csv");
        var before = test.DumpDataTables();
        var hourly = Samples.Hourly(3, "Capio S:t Göran");
        hourly.Add(new HourlyArrivals(null!, Samples.Start, 1));

        var error = Assert.Throws<ArgumentException>(() => database.ImportArrivals(hourly, Samples.Daily(("", 1, 3)), "broken.csv"));

        Assert.Contains("row 4", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportArrivals_HourNotOnTheHour_Throws(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        Assert.Throws<ArgumentException>(
            () => database.ImportArrivals([new("Södersjukhuset", Samples.Start.AddMinutes(30), 1)], [], "odd.csv"));
        Assert.Empty(database.Sites.All());
    }
}
