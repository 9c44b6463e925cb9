using Akutprognos.Core.Series;

namespace Akutprognos.Storage.Tests.Visitors;

public sealed class VisitorsTests
{
    static List<HourlyVisitors> Evening(string signal, int visitors) =>
        Enumerable.Range(16, 6).Select(h => new HourlyVisitors(signal, Samples.Start.AddHours(h), visitors + h)).ToList();

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitors_NewRows_ReadBackExactly(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var all = Evening("all", 1200);
        var symptoms = Evening("symptom pages", 300);

        var result = database.ImportVisitors([.. symptoms, .. all], "access.log");

        Assert.Equal(new ImportResult(0, 12, 0, 0), result);
        Assert.Equal(["all", "symptom pages"], database.Signals());
        Assert.Equal(all, database.Visitors("all"));
        Assert.Empty(database.Visitors("none"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitors_SameInputTwice_LeavesDataTablesIdentical(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportVisitors(Evening("all", 1200), "access.log");
        var afterFirst = test.DumpDataTables();

        var second = database.ImportVisitors(Evening("all", 1200), "access.log");

        Assert.Equal(new ImportResult(0, 0, 0, 6), second);
        Assert.Equal(afterFirst, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitors_ChangedValue_ReplacesStoredValue(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var rows = Evening("all", 1200);
        database.ImportVisitors(rows, "early.log");
        rows[^1] = rows[^1] with { Visitors = 5000 };

        var result = database.ImportVisitors(rows, "late.log");

        Assert.Equal(new ImportResult(0, 0, 1, 5), result);
        Assert.Equal(rows, database.Visitors("all"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitors_RowWithoutSignal_ThrowsAndChangesNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var before = test.DumpDataTables();

        Assert.Throws<ArgumentException>(() => database.ImportVisitors([.. Evening("all", 1), new(" ", Samples.Start, 1)], "broken.log"));

        Assert.Equal(before, test.DumpDataTables());
        Assert.Empty(database.Signals());
    }
}
