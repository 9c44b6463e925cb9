using Akutprognos.Core.Calendar;
using PublicHoliday;

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

    [Theory]
    [InlineData("UK")]
    [InlineData(" uk ")]
    public void ForCode_Uk_SameCalendarAsGb(string code)
    {
        var calendar = HolidayCalendars.ForCode(code);
        Assert.Same(HolidayCalendars.ForCode("GB"), calendar);
        Assert.Equal("GB", calendar.Name);
    }

    [Fact]
    public void Codes_EveryLibraryCountryBesidesSweden_SortedBetweenSeAndNone()
    {
        Assert.Equal("SE", HolidayCalendars.Codes[0]);
        Assert.Equal("none", HolidayCalendars.Codes[^1]);
        Assert.Equal(CountryCalendar.SupportedCodes, HolidayCalendars.Codes.Skip(1).SkipLast(1));
        // The library's enum, less Sweden (SwedishCalendar) and "Po" (its old, wrong code for Poland), plus
        // Montenegro, which has a class but no enum value.
        var library = Enum.GetNames<PublicHolidayCountryCode>()
            .Where(name => name is not ("Po" or "Se"))
            .Select(name => name.ToUpperInvariant())
            .Append("ME")
            .Order(StringComparer.Ordinal);
        Assert.Equal(library, CountryCalendar.SupportedCodes);
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
    [InlineData("PO")]
    [InlineData("Sweden")]
    public void ForCode_Unknown_ArgumentExceptionListingAccepted(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => HolidayCalendars.ForCode(code));
        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SE, AT, AU, BE, BR, CA, CH,", error.Message, StringComparison.Ordinal);
        Assert.Contains("US, ZA, none; UK = GB", error.Message, StringComparison.Ordinal);
    }
}
