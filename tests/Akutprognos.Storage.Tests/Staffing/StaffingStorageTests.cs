using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Storage.Tests.Staffing;

public sealed class StaffingStorageTests
{
    static readonly DateOnly Day = new(2024, 10, 27);

    static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) =>
        LocalDays.ToInstant(day.ToDateTime(new TimeOnly(hour, minute)), LocalDays.Stockholm);

    static RosterLine[] Roster(int nurses) =>
    [
        new("Norrtälje", "doctor", Local(Day.AddDays(-1), 21), Local(Day, 7, 30), 1),
        new("Norrtälje", "nurse", Local(Day, 7), Local(Day, 16), nurses),
        new("Danderyd", "nurse", Local(Day, 13), Local(Day, 22), 4),
    ];

    static AkutprognosDatabase WithSites(TestDatabase test)
    {
        var database = test.Open();
        database.ImportArrivals(Samples.Hourly(2, "Norrtälje", "Danderyd"), [], "sites");
        return database;
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportRoster_SameFileTwice_LeavesDataTablesIdentical(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = WithSites(test);

        var first = database.ImportRoster(Roster(3), LocalDays.Stockholm, "roster.csv");
        var afterFirst = test.DumpDataTables();
        var second = database.ImportRoster(Roster(3), LocalDays.Stockholm, "roster.csv");

        Assert.Equal(new(3, 0), first);
        Assert.Equal(new(3, 3), second);
        Assert.Equal(afterFirst, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportRoster_NewFileForTheSameDay_ReplacesThatSitesDay(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = WithSites(test);
        database.ImportRoster(Roster(3), LocalDays.Stockholm, "first.csv");

        database.ImportRoster([new("Norrtälje", "nurse", Local(Day, 7), Local(Day, 16), 5)], LocalDays.Stockholm, "second.csv");

        var lines = database.Roster(LocalDays.StartOf(Day, LocalDays.Stockholm), LocalDays.StartOf(Day.AddDays(1), LocalDays.Stockholm));
        Assert.Equal(
            ["Danderyd nurse ×4", "Norrtälje doctor ×1", "Norrtälje nurse ×5"],
            lines.Select(l => $"{l.Site} {l.Role} ×{l.Count}"));
        Assert.Equal(11.5, (lines[1].End - lines[1].Start).TotalHours);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportRoster_UnknownSite_StoresNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = WithSites(test);
        var before = test.DumpDataTables();

        var e = Assert.Throws<StorageException>(() => database.ImportRoster(
            [.. Roster(3), new("Nowhere", "nurse", Local(Day, 7), Local(Day, 16), 1)], LocalDays.Stockholm, "roster.csv"));

        Assert.Contains("'Nowhere'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveStaffingConfiguration_Twice_KeepsTheLatest(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        Assert.Null(database.LoadStaffingConfiguration());

        database.SaveStaffingConfiguration("""{"roles": []}""");
        database.SaveStaffingConfiguration("""{"quantile": "p80"}""");

        Assert.Equal("""{"quantile": "p80"}""", database.LoadStaffingConfiguration());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveStaffingPlan_ThenAgain_ReplacesHoursAndShifts(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = WithSites(test);
        var hours = LocalDays.HoursOf(Day, LocalDays.Stockholm);
        var forecast = new DayForecast("Norrtälje", Day, "calendar", 75, new(60, 90), new(50, 100), null,
            [.. hours.Select((h, i) => new HourForecast(h, i is >= 8 and < 20 ? 5 : 1.5, new(0, 8), new(0, 10)))]);
        var roster = Roster(3);
        var plan = StaffingPlanner.Plan(Day, LocalDays.Stockholm, [forecast], StaffingConfiguration.Default, roster);

        database.SaveStaffingPlan(plan);
        database.SaveStaffingPlan(plan);

        var stored = database.StaffingHours(Day);
        Assert.Equal(3 * 25, stored.Count);
        var doctor = plan.Sites[0].Roles[0];
        Assert.Equal(doctor.Hours.Select(h => (h.Hour, h.Required, h.Rostered)), stored.Where(s => s.Role == "doctor").Select(s => (s.Hour, s.Required, s.Rostered)));
        var shifts = database.StaffingShifts(Day);
        Assert.Equal(
            plan.Sites[0].Roles.Sum(r => r.Shifts.Count + r.Changes.Count),
            shifts.Count);
        Assert.Contains(shifts, s => s.Kind == "call-in");
        Assert.Empty(database.StaffingHours(Day.AddDays(1)));
    }
}
