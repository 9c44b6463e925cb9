using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Tests.Calendar;

public sealed class HolidayCalendarsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("se")]
    [InlineData(" SE ")]
    public void ForCode_SwedenOrBlank_SwedishCalendar(string? code)
    {
        var calendar = HolidayCalendars.ForCode(code);
        Assert.IsType<SwedishCalendar>(calendar);
        Assert.Equal("SE", calendar.Name);
    }

    [Fact]
    public void ForCode_SameCodeTwice_SameInstance() =>
        Assert.Same(HolidayCalendars.ForCode("gb"), HolidayCalendars.ForCode("GB"));

    [Theory]
    [InlineData("gb", "GB")]
    [InlineData("Us", "US")]
    [InlineData("no", "NO")]
    public void ForCode_CountryCode_CountryCalendar(string code, string name)
    {
        var calendar = HolidayCalendars.ForCode(code);
        Assert.IsType<CountryCalendar>(calendar);
        Assert.Equal(name, calendar.Name);
    }

    [Fact]
    public void ForCode_None_NoHolidaysAndNoFlags()
    {
        var calendar = HolidayCalendars.ForCode("None");
        Assert.IsType<NoHolidays>(calendar);
        var christmas = calendar.Describe(new DateOnly(2024, 12, 25));
        Assert.Equal(new CalendarDay(new DateOnly(2024, 12, 25), null, false, false, false, false, false, false), christmas);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("UK")]
    [InlineData("Sweden")]
    public void ForCode_Unknown_ArgumentExceptionListingAccepted(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => HolidayCalendars.ForCode(code));
        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SE, DE, DK, FI, FR, GB, NO, US, none", error.Message, StringComparison.Ordinal);
    }
}
