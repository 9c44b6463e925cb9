using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Storage.Tests.Arrivals;

public sealed class DailyArrivalsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void DailyArrivals_SpringForwardDay_SumsTwentyThreeHours(string backend)
    {
        // Local 30 March 00:00 CET is 29 March 23:00 UTC; local 1 April ends at 1 April 22:00 UTC (CEST).
        var hours = OneArrivalPerHour(new DateTimeOffset(2024, 3, 29, 23, 0, 0, TimeSpan.Zero), 24 + 23 + 24);

        var days = ImportAndSumByLocalDate(backend, hours);

        Assert.Equal(
            [new("Södersjukhuset", new DateOnly(2024, 3, 30), 24), new("Södersjukhuset", new DateOnly(2024, 3, 31), 23), new("Södersjukhuset", new DateOnly(2024, 4, 1), 24)],
            days);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void DailyArrivals_FallBackDay_SumsTwentyFiveHours(string backend)
    {
        // Local 26 October 00:00 CEST is 25 October 22:00 UTC; local 28 October ends at 28 October 23:00 UTC (CET).
        var hours = OneArrivalPerHour(new DateTimeOffset(2024, 10, 25, 22, 0, 0, TimeSpan.Zero), 24 + 25 + 24);

        var days = ImportAndSumByLocalDate(backend, hours);

        Assert.Equal(
            [new("Södersjukhuset", new DateOnly(2024, 10, 26), 24), new("Södersjukhuset", new DateOnly(2024, 10, 27), 25), new("Södersjukhuset", new DateOnly(2024, 10, 28), 24)],
            days);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void DailyArrivals_DailyOnlyRows_FillDatesWithoutHourlyData(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        // Local 2 April in Stockholm (CEST) is 1 April 22:00 UTC to 2 April 22:00 UTC.
        var hourly = Enumerable.Range(0, 24)
            .Select(h => new HourlyArrivals("Södersjukhuset", new DateTimeOffset(2024, 4, 1, 22, 0, 0, TimeSpan.Zero).AddHours(h), 2))
            .ToList();
        var daily = Samples.Daily(("Södersjukhuset", 1, 100), ("Södersjukhuset", 2, 999), ("Norrtälje", 2, 50));
        database.ImportArrivals(hourly, daily, "mixed.csv");

        var days = database.DailyArrivals(LocalDays.Stockholm);

        Assert.Equal(
            [new("Norrtälje", new DateOnly(2024, 4, 2), 50), new("Södersjukhuset", new DateOnly(2024, 4, 1), 100), new("Södersjukhuset", new DateOnly(2024, 4, 2), 48)],
            days);
    }

    static List<HourlyArrivals> OneArrivalPerHour(DateTimeOffset first, int hours) =>
        Enumerable.Range(0, hours).Select(h => new HourlyArrivals("Södersjukhuset", first.AddHours(h), 1)).ToList();

    static IReadOnlyList<DailyArrivals> ImportAndSumByLocalDate(string backend, List<HourlyArrivals> hours)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportArrivals(hours, [], "dst.csv");
        return database.DailyArrivals(LocalDays.Stockholm);
    }
}
