using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Tests.Calendar;

public sealed class DateListCalendarTests
{
    static readonly (DateOnly, string)[] Dates =
    [
        (new DateOnly(2024, 5, 9), "Ascension"),
        (new DateOnly(2024, 12, 25), "Christmas"),
        (new DateOnly(2024, 12, 25), "Christmas"),
        (new DateOnly(2024, 12, 26), "Boxing Day"),
        (new DateOnly(2024, 12, 26), "St Stephen"),
    ];

    readonly DateListCalendar calendar = new("holidays.csv", Dates);

    [Fact]
    public void Name_FromSource_SaysDatesFrom() => Assert.Equal("dates from holidays.csv", calendar.Name);

    [Fact]
    public void Describe_ListedDate_HolidayNotEve()
    {
        var day = calendar.Describe(new DateOnly(2024, 5, 9));
        Assert.True(day.IsHoliday);
        Assert.False(day.IsEve);
        Assert.Equal("Ascension", day.HolidayName);
    }

    [Fact]
    public void Describe_UnlistedDate_NoHoliday()
    {
        Assert.False(calendar.Describe(new DateOnly(2024, 12, 24)).IsHoliday);
        Assert.False(calendar.Describe(new DateOnly(2023, 12, 25)).IsHoliday);
    }

    [Fact]
    public void Describe_FridayAfterListedThursday_BridgeDay() =>
        Assert.True(calendar.Describe(new DateOnly(2024, 5, 10)).IsBridgeDay);

    [Fact]
    public void Describe_DayAfterListedRun_DayAfterHoliday()
    {
        Assert.True(calendar.Describe(new DateOnly(2024, 12, 27)).IsDayAfterHoliday);
        Assert.False(calendar.Describe(new DateOnly(2024, 12, 30)).IsDayAfterHoliday);
    }

    [Fact]
    public void Describe_DuplicatesAndTwoNames_OneDateNamesJoined()
    {
        Assert.Equal("Christmas", calendar.Describe(new DateOnly(2024, 12, 25)).HolidayName);
        Assert.Equal("Boxing Day / St Stephen", calendar.Describe(new DateOnly(2024, 12, 26)).HolidayName);
        Assert.Equal(5, calendar.Count);
    }

    [Fact]
    public void Describe_July_SummerOnlyWhenAsked()
    {
        var july = new DateOnly(2024, 7, 1);
        Assert.False(calendar.Describe(july).IsSummer);
        Assert.True(new DateListCalendar("x", Dates, julyIsSummer: true).Describe(july).IsSummer);
        Assert.True(calendar.Describe(new DateOnly(2025, 1, 6)).IsChristmasNewYear);
    }

    [Fact]
    public void Constructor_BlankName_ArgumentExceptionWithDate()
    {
        var error = Assert.Throws<ArgumentException>(() => new DateListCalendar("x", [(new DateOnly(2024, 1, 1), " ")]));
        Assert.Contains("2024-01-01", error.Message, StringComparison.Ordinal);
    }
}
