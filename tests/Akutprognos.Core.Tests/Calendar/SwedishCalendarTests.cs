using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Tests.Calendar;

public sealed partial class SwedishCalendarTests
{
    readonly SwedishCalendar calendar = new();

    static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Describe_Easter2024_HolidaysAndEveNamed()
    {
        AssertHoliday(D(2024, 3, 29), "Långfredagen");
        AssertEve(D(2024, 3, 30), "Påskafton");
        AssertHoliday(D(2024, 3, 31), "Påskdagen");
        AssertHoliday(D(2024, 4, 1), "Annandag påsk");
        Assert.Null(calendar.Describe(D(2024, 3, 28)).HolidayName);
    }

    [Fact]
    public void Describe_FridayAfterAscension2024_IsBridgeDay()
    {
        AssertHoliday(D(2024, 5, 9), "Kristi himmelsfärdsdag");
        Assert.True(calendar.Describe(D(2024, 5, 10)).IsBridgeDay);
        Assert.False(calendar.Describe(D(2024, 5, 8)).IsBridgeDay);
        Assert.False(calendar.Describe(D(2024, 5, 17)).IsBridgeDay);
    }

    [Fact]
    public void Describe_MondayBeforeJulafton2024_IsBridgeDay() =>
        Assert.True(calendar.Describe(D(2024, 12, 23)).IsBridgeDay);

    [Fact]
    public void Describe_TuesdayAfterEaster2024_IsDayAfterHoliday()
    {
        Assert.True(calendar.Describe(D(2024, 4, 2)).IsDayAfterHoliday);
        Assert.False(calendar.Describe(D(2024, 4, 3)).IsDayAfterHoliday);
        Assert.False(calendar.Describe(D(2024, 4, 1)).IsDayAfterHoliday);
    }

    [Fact]
    public void Describe_OrdinaryMonday_IsNotDayAfterHoliday() =>
        Assert.False(calendar.Describe(D(2024, 4, 8)).IsDayAfterHoliday);

    [Fact]
    public void Describe_MondayAfterMidsommarWeekend_IsDayAfterHoliday() =>
        Assert.True(calendar.Describe(D(2024, 6, 24)).IsDayAfterHoliday);

    [Fact]
    public void Describe_FridayAfterChristmas2024_IsDayAfterHolidayAndBridgeDay()
    {
        var day = calendar.Describe(D(2024, 12, 27));
        Assert.True(day.IsDayAfterHoliday);
        Assert.True(day.IsBridgeDay);
    }

    [Fact]
    public void Describe_ThursdayAfterNyarsdagen2025_IsDayAfterHolidayNotBridge()
    {
        var day = calendar.Describe(D(2025, 1, 2));
        Assert.True(day.IsDayAfterHoliday);
        Assert.False(day.IsBridgeDay);
    }

    [Theory]
    [InlineData(2024, 12, 23, false)]
    [InlineData(2024, 12, 24, true)]
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 1, 1, true)]
    [InlineData(2025, 1, 6, true)]
    [InlineData(2025, 1, 7, false)]
    public void Describe_AroundChristmas_ChristmasNewYearFlag(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, calendar.Describe(D(year, month, day)).IsChristmasNewYear);

    [Theory]
    [InlineData(6, 30, false)]
    [InlineData(7, 1, true)]
    [InlineData(7, 31, true)]
    [InlineData(8, 1, false)]
    public void Describe_AroundJuly_SummerFlag(int month, int day, bool expected) =>
        Assert.Equal(expected, calendar.Describe(D(2024, month, day)).IsSummer);

    [Theory]
    [InlineData(2024, 1, 5, "Trettondagsafton")]
    [InlineData(2024, 4, 30, "Valborgsmässoafton")]
    [InlineData(2024, 11, 1, "Allhelgonaafton")]
    public void Describe_HalfEve_NamedWorkingDay(int year, int month, int day, string name)
    {
        var described = calendar.Describe(D(year, month, day));
        Assert.Equal(name, described.HolidayName);
        Assert.False(described.IsHoliday);
        Assert.False(described.IsEve);
    }

    [Fact]
    public void Describe_Before2005_AnnandagPingstInsteadOfNationaldagen()
    {
        Assert.False(calendar.Describe(D(2004, 6, 6)).IsHoliday);
        AssertHoliday(D(2004, 5, 31), "Annandag pingst");
        AssertHoliday(D(2005, 6, 6), "Nationaldagen");
        Assert.False(calendar.Describe(D(2005, 5, 16)).IsHoliday);
    }

    [Fact]
    public void Describe_AscensionOnFirstOfMay2008_KeepsBothNames()
    {
        var day = calendar.Describe(D(2008, 5, 1));
        Assert.True(day.IsHoliday);
        Assert.Equal("Första maj / Kristi himmelsfärdsdag", day.HolidayName);
    }

    [Fact]
    public void Describe_Midsommarafton_AlwaysFriday19To25June()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var eves = Enumerable.Range(0, 30).Select(i => calendar.Describe(D(year, 6, 1).AddDays(i)))
                .Where(day => day.HolidayName == "Midsommarafton").ToList();
            var eve = Assert.Single(eves);
            Assert.True(eve.IsEve);
            Assert.Equal(DayOfWeek.Friday, eve.Date.DayOfWeek);
            Assert.InRange(eve.Date.Day, 19, 25);
        }
    }

    [Fact]
    public void Describe_FirstAndLastRepresentableDates_Described()
    {
        Assert.Equal("Nyårsdagen", calendar.Describe(DateOnly.MinValue).HolidayName);
        var last = calendar.Describe(DateOnly.MaxValue);
        Assert.True(last.IsEve);
        Assert.Equal(DateOnly.MaxValue, last.Date);
    }

    [Fact]
    public void Describe_EveryDayOfLeapYear_CarriesItsDate()
    {
        for (var date = D(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
        {
            Assert.Equal(date, calendar.Describe(date).Date);
        }
    }

    void AssertHoliday(DateOnly date, string name)
    {
        var day = calendar.Describe(date);
        Assert.Equal(name, day.HolidayName);
        Assert.True(day.IsHoliday, $"{date:O} should be a holiday");
        Assert.False(day.IsEve);
    }

    void AssertEve(DateOnly date, string name)
    {
        var day = calendar.Describe(date);
        Assert.Equal(name, day.HolidayName);
        Assert.True(day.IsEve, $"{date:O} should be an eve");
        Assert.False(day.IsHoliday);
    }
}
