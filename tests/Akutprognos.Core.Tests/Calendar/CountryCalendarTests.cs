using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.TestSupport;

namespace Akutprognos.Core.Tests.Calendar;

public sealed partial class CountryCalendarTests
{
    static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(4, 2, "Easter Monday")]
    [InlineData(5, 7, "Early May")]
    [InlineData(12, 26, "Boxing Day")]
    public void Describe_England2018_BankHolidays(int month, int day, string name)
    {
        var described = new CountryCalendar("GB").Describe(D(2018, month, day));
        Assert.True(described.IsHoliday);
        Assert.Equal(name, described.HolidayName);
        Assert.False(described.IsEve);
    }

    [Fact]
    public void Describe_England2018_TuesdayAfterEasterMondayIsDayAfterHoliday()
    {
        var gb = new CountryCalendar("gb");
        Assert.True(gb.Describe(D(2018, 4, 3)).IsDayAfterHoliday);
        Assert.False(gb.Describe(D(2018, 5, 14)).IsHoliday);
    }

    [Fact]
    public void Describe_EnglandChristmasOnSunday2016_CalendarAndSubstituteDays()
    {
        var gb = new CountryCalendar("GB");
        Assert.Equal("Christmas Day", gb.Describe(D(2016, 12, 25)).HolidayName);
        Assert.True(gb.Describe(D(2016, 12, 26)).IsHoliday);
        Assert.True(gb.Describe(D(2016, 12, 27)).IsHoliday);
        Assert.False(gb.Describe(D(2016, 12, 28)).IsHoliday);
    }

    [SkippableFact]
    public void Describe_WalesBankHolidayList_SameDatesAsCalendar()
    {
        var listed = File.ReadLines(RealData.RequireFile("ed-wales-hourly/bank_holiday.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => DateOnly.ParseExact(line[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToHashSet();
        Assert.True(listed.Count > 50, $"expected over 50 dates, read {listed.Count}");
        var gb = new CountryCalendar("GB");
        Assert.All(listed, date => Assert.True(gb.Describe(date).IsHoliday, $"{date:O} is a bank holiday in the list"));

        var first = listed.Min();
        var last = listed.Max();
        for (var date = new DateOnly(first.Year, 1, 1); date <= last; date = date.AddDays(1))
        {
            Assert.True(!gb.Describe(date).IsHoliday || listed.Contains(date), $"{date:O} is a holiday only in the calendar");
        }
    }

    [Fact]
    public void Describe_UsIndependenceDayOnSunday2021_BothDays()
    {
        var us = new CountryCalendar("US");
        Assert.True(us.Describe(D(2021, 7, 4)).IsHoliday);
        Assert.True(us.Describe(D(2021, 7, 5)).IsHoliday);
        Assert.Equal("Independence Day", us.Describe(D(2021, 7, 5)).HolidayName);
    }

    [Fact]
    public void Describe_UsNewYear2022ObservedInPreviousYear_Holiday()
    {
        var us = new CountryCalendar("US");
        Assert.True(us.Describe(D(2021, 12, 31)).IsHoliday);
        Assert.True(us.Describe(D(2022, 1, 1)).IsHoliday);
    }

    [Theory]
    [InlineData("NO", true)]
    [InlineData("DK", true)]
    [InlineData("FI", true)]
    [InlineData("GB", false)]
    [InlineData("US", false)]
    [InlineData("DE", false)]
    [InlineData("FR", false)]
    [InlineData("AU", false)]
    [InlineData("NZ", false)]
    [InlineData("EE", false)]
    public void Describe_July_SummerOnlyInNordicCountries(string code, bool summer)
    {
        var day = new CountryCalendar(code).Describe(D(2024, 7, 10));
        Assert.Equal(summer, day.IsSummer);
        Assert.True(new CountryCalendar(code).Describe(D(2024, 12, 27)).IsChristmasNewYear);
    }

    [Theory]
    [InlineData("NO", 5, 17, "Grunnlovsdagen")]
    [InlineData("DK", 6, 5, "Grundlovsdag")]
    [InlineData("FI", 12, 6, "Itsenäisyyspäivä")]
    [InlineData("DE", 10, 3, "Tag der Deutschen Einheit")]
    [InlineData("FR", 7, 14, "Fête nationale")]
    public void Describe_NationalDay2024_NamedHoliday(string code, int month, int day, string name)
    {
        var described = new CountryCalendar(code).Describe(D(2024, month, day));
        Assert.True(described.IsHoliday);
        Assert.Equal(name, described.HolidayName);
    }

    [Fact]
    public void Describe_GermanyAscensionOnFirstOfMay2008_HolidayDespiteLibraryNameError()
    {
        var de = new CountryCalendar("DE");
        Assert.True(de.Describe(D(2008, 5, 1)).IsHoliday);
        Assert.True(de.Describe(D(2008, 5, 12)).IsHoliday);
    }

    [Fact]
    public void Describe_ParallelFirstUse_SameAsSequential()
    {
        var dates = Enumerable.Range(0, 40 * 366).Select(i => D(1990, 1, 1).AddDays(i)).ToArray();
        var sequential = new CountryCalendar("US");
        var expected = dates.Select(sequential.Describe).ToArray();
        var parallel = new CountryCalendar("US");
        var actual = new CalendarDay[dates.Length];
        Parallel.For(0, dates.Length, i => actual[i] = parallel.Describe(dates[i]));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("SE")]
    [InlineData("XX")]
    [InlineData("PO")]
    [InlineData("")]
    public void Constructor_UnsupportedCode_ArgumentExceptionListingCodes(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new CountryCalendar(code));
        Assert.Contains("AT, AU, BE", error.Message, StringComparison.Ordinal);
        Assert.Contains("GB, GR, HR", error.Message, StringComparison.Ordinal);
        Assert.Contains("US, ZA (UK = GB)", error.Message, StringComparison.Ordinal);
    }
}
