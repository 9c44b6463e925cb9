using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Tests.Calendar;

// Every country of the library, and the dates each newly accepted country is known by.
public sealed partial class CountryCalendarTests
{
    public static TheoryData<string> EveryCode() => [.. CountryCalendar.SupportedCodes];

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Describe_EveryCodeEveryDay2000To2035_PlausibleHolidaysPerYear(string code)
    {
        var calendar = new CountryCalendar(code);
        Assert.Equal(code, calendar.Name);
        // Switzerland's library calendar holds only the four days every canton shares.
        var fewest = code == "CH" ? 4 : 7;
        for (var year = 2000; year <= 2035; year++)
        {
            var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(i => calendar.Describe(new DateOnly(year, 1, 1).AddDays(i)))
                .ToList();
            var holidays = days.Count(d => d.IsHoliday);
            Assert.InRange(holidays, fewest, 25);
            Assert.All(days.Where(d => d.IsHoliday || d.IsEve), d => Assert.False(string.IsNullOrEmpty(d.HolidayName)));
            Assert.True(days[0].IsHoliday, $"{code}: 1 January {year} is New Year's Day");
        }
    }

    [Theory]
    [InlineData("AU", 2019, 1, 26, "Australia Day")]
    [InlineData("AU", 2019, 1, 28, "Australia Day")]
    [InlineData("AU", 2019, 4, 25, "ANZAC Day")]
    [InlineData("AU", 2021, 12, 25, "Christmas Day")]
    [InlineData("AU", 2021, 12, 27, "Christmas Day")]
    [InlineData("AU", 2021, 12, 28, "Boxing Day")]
    [InlineData("NZ", 2019, 2, 6, "Waitangi Day")]
    [InlineData("NZ", 2021, 2, 6, "Waitangi Day")]
    [InlineData("NZ", 2021, 2, 8, "Waitangi Day")]
    [InlineData("NZ", 2021, 4, 26, "ANZAC Day")]
    [InlineData("CA", 2019, 7, 1, "Canada Day")]
    [InlineData("CA", 2018, 7, 1, "Canada Day")]
    [InlineData("CA", 2018, 7, 2, "Canada Day")]
    [InlineData("IE", 2019, 3, 17, "Lá Fhéile Pádraig")]
    [InlineData("NL", 2019, 4, 27, "Koningsdag")]
    [InlineData("NL", 2014, 4, 26, "Koningsdag")]
    [InlineData("ES", 2020, 1, 6, "Epifanía")]
    [InlineData("IT", 2020, 1, 6, "Epifania")]
    [InlineData("JP", 2020, 2, 23, "Emperor's Birthday")]
    [InlineData("JP", 2020, 2, 24, "Emperor's Birthday")]
    [InlineData("ZA", 2020, 8, 9, "National Women's Day")]
    [InlineData("ZA", 2020, 8, 10, "National Women's Day")]
    [InlineData("RS", 2019, 4, 26, "Велики петак")]
    [InlineData("RS", 2019, 4, 29, "Васкрсни понедељак")]
    [InlineData("ME", 2024, 5, 21, "Dan nezavisnosti")]
    [InlineData("PL", 2024, 11, 11, "Independence Day")]
    [InlineData("PT", 2024, 6, 10, "Dia de Portugal, de Camões e das Comunidades Portuguesas")]
    public void Describe_KnownHoliday_NamedHoliday(string code, int year, int month, int day, string name)
    {
        var described = HolidayCalendars.ForCode(code).Describe(D(year, month, day));
        Assert.True(described.IsHoliday);
        Assert.Equal(name, described.HolidayName);
    }

    [Theory]
    [InlineData("AU", 2019, 1, 27)] // the Sunday between Australia Day and its substitute
    [InlineData("NL", 2014, 4, 27)] // Koningsdag on a Sunday moves to the Saturday before
    [InlineData("JP", 2019, 2, 23)] // the Emperor's birthday was 23 December until 2019
    [InlineData("RS", 2019, 4, 19)] // Western Good Friday
    [InlineData("RS", 2019, 4, 22)] // Western Easter Monday
    [InlineData("PT", 2024, 7, 1)] // Madeira's day, regional
    [InlineData("KZ", 2025, 9, 1)] // Kurban Ait in the library, not its real date
    [InlineData("IE", 2019, 3, 18)]
    public void Describe_NotAHoliday_WorkingDayOrPlainWeekend(string code, int year, int month, int day) =>
        Assert.False(HolidayCalendars.ForCode(code).Describe(D(year, month, day)).IsHoliday);

    [Theory]
    [InlineData("DK", 12, 24, "Juleaften")]
    [InlineData("DK", 12, 31, "Nytårsaften")]
    [InlineData("NO", 12, 24, "Julaften")]
    [InlineData("NO", 12, 31, "Nyttårsaften")]
    [InlineData("FI", 12, 24, "Jouluaatto")]
    [InlineData("FI", 6, 21, "Juhannusaatto")]
    public void Describe_NordicEve2024_EveNotHoliday(string code, int month, int day, string name)
    {
        var eve = new CountryCalendar(code).Describe(D(2024, month, day));
        Assert.Equal((true, false, name), (eve.IsEve, eve.IsHoliday, eve.HolidayName));
    }

    [Fact]
    public void Describe_MondayBeforeChristmasEveOnTuesday2024_BridgeDayInNorway()
    {
        var no = new CountryCalendar("NO");
        Assert.True(no.Describe(D(2024, 12, 23)).IsBridgeDay);
        Assert.False(new CountryCalendar("GB").Describe(D(2024, 12, 23)).IsBridgeDay);
    }

    [Fact]
    public void Describe_FinnishNewYearsEve_WorkingDay() =>
        Assert.False(new CountryCalendar("FI").Describe(D(2024, 12, 31)).IsEve);

    [Theory]
    [InlineData("GB")]
    [InlineData("AU")]
    [InlineData("DE")]
    [InlineData("CZ")]
    public void Describe_ChristmasEveElsewhere_NoEve(string code) =>
        Assert.False(new CountryCalendar(code).Describe(D(2024, 12, 24)).IsEve);

    [Theory]
    [InlineData("TR", false)]
    [InlineData("KZ", false)]
    [InlineData("JP", true)]
    [InlineData("AU", true)]
    public void Describe_LateDecember_ChristmasNewYearWhereThereIsABreak(string code, bool christmasNewYear) =>
        Assert.Equal(christmasNewYear, new CountryCalendar(code).Describe(D(2024, 12, 27)).IsChristmasNewYear);

    [Fact]
    public void Describe_EnglandNewYearsDayBefore1974_NotABankHoliday()
    {
        // New Year's Day became a bank holiday in England and Wales in 1974; the library starts it there.
        var gb = new CountryCalendar("GB");
        Assert.False(gb.Describe(D(1973, 1, 1)).IsHoliday);
        Assert.True(gb.Describe(D(1974, 1, 1)).IsHoliday);
    }

    [Fact]
    public void Describe_Uk_SameDaysAsGb()
    {
        var uk = new CountryCalendar("uk");
        var gb = new CountryCalendar("GB");
        Assert.Equal("GB", uk.Name);
        var dates = Enumerable.Range(0, 21 * 366).Select(i => D(2010, 1, 1).AddDays(i)).ToArray();
        Assert.Equal(dates.Select(gb.Describe), dates.Select(uk.Describe));
    }
}
