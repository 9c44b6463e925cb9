using PublicHoliday;

namespace Akutprognos.Core.Calendar;

/// <summary>
/// Public holidays of a country other than Sweden, from the PublicHoliday library (names in its language,
/// usually the country's own). A holiday moved off a weekend counts on both days: the calendar date
/// (Christmas Day on a Sunday is still Christmas) and the observed weekday (the day off work).
/// </summary>
/// <remarks>
/// <para>Accepts every country of the library by ISO 3166-1 alpha-2 code, case-insensitive (see
/// <see cref="SupportedCodes"/>), and <c>UK</c> for <c>GB</c>. The library covers nationwide days only:
/// <c>GB</c> is England and Wales (with the one-off royal days), <c>US</c> federal, <c>DE</c>, <c>CH</c>
/// (four days), <c>AU</c> and <c>CA</c> without state or provincial days; <c>PT</c> without Madeira's and
/// the Azores' days. Sweden has its own <see cref="SwedishCalendar"/>.</para>
/// <para>Library quirks handled here: AU, CA, GB, JP, NZ and ZA report a fixed-date holiday on a weekend
/// only on its substitute weekday, so the calendar date is added back; RS's Easter is Western in the
/// library's list and is replaced by the Orthodox one the library also computes; KZ's Kurban Ait (always 1 September in the library) is left
/// out. Every year 1–9999 builds; the library has no year tables that run out.</para>
/// <para>IE gets no substitute day: Irish law gives none (banks close on the next weekday, most work does not).</para>
/// <para>Eves, where most people are off: Christmas Eve and New Year's Eve in DK and NO, Christmas Eve and
/// Midsummer Eve in FI; none elsewhere (where 24 December is a legal holiday the library marks it as one,
/// e.g. CZ, EE, LV, LT, SK).
/// <see cref="CalendarDay.IsSummer"/> (July) only for DK, FI and NO; <see cref="CalendarDay.IsChristmasNewYear"/>
/// everywhere except TR and KZ, which have no Christmas break.</para>
/// </remarks>
public sealed class CountryCalendar : IHolidayCalendar
{
    readonly Country country;
    readonly IPublicHolidays source;
    readonly CalendarYears years;

    /// <summary>Creates the calendar of <paramref name="isoCode"/> (or the alias "UK").</summary>
    /// <exception cref="ArgumentException">The code is not one of <see cref="SupportedCodes"/> or "UK".</exception>
    public CountryCalendar(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        country = Countries.Find(isoCode) ?? throw new ArgumentException(
            $"No country calendar for '{isoCode}'. Supported: {string.Join(", ", SupportedCodes)} (UK = GB).", nameof(isoCode));
        Name = country.Code;
        source = country.Source();
        years = new CalendarYears(MarkedDaysOf, country.JulyIsSummer, country.ChristmasNewYear);
    }

    /// <summary>The ISO 3166-1 codes this type accepts, upper case, sorted; "UK" is accepted too, as "GB".</summary>
    public static IReadOnlyList<string> SupportedCodes { get; } = [.. Countries.ByCode.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The ISO code of <paramref name="code"/>, upper case ("UK" gives "GB"), or null when not supported.</summary>
    public static string? CodeOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Countries.Find(code)?.Code;
    }

    /// <summary>The upper-case ISO code, e.g. "GB" (also when created as "UK").</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public CalendarDay Describe(DateOnly date) => years.Describe(date);

    List<MarkedDay> MarkedDaysOf(int year)
    {
        var names = NamesOf(year);
        var marks = new List<MarkedDay>();
        foreach (var holiday in source.PublicHolidaysInformation(year))
        {
            var observed = DateOnly.FromDateTime(holiday.ObservedDate);
            var name = string.IsNullOrEmpty(holiday.Name) ? names.GetValueOrDefault(observed, "Public holiday") : holiday.Name;
            if (country.Dropped?.Contains(name, StringComparer.Ordinal) == true)
            {
                continue;
            }
            marks.Add(new MarkedDay(observed, name, DayKind.Holiday));
            var actual = DateOnly.FromDateTime(holiday.HolidayDate);
            if (actual != observed)
            {
                marks.Add(new MarkedDay(actual, name, DayKind.Holiday));
            }
        }
        if (country.Code == "RS")
        {
            OrthodoxEaster.Replace(marks, year);
        }
        foreach (var day in country.MovedOffWeekend ?? [])
        {
            AddCalendarDate(marks, new DateOnly(year, day.Month, day.Day), day.Name);
        }
        foreach (var eve in country.Eves ?? [])
        {
            marks.Add(new MarkedDay(new DateOnly(year, eve.Month, eve.Day), eve.Name, DayKind.Eve));
        }
        foreach (var (holiday, eve) in country.EvesBefore ?? [])
        {
            marks.AddRange(marks.Where(m => m.Name == holiday).Select(m => new MarkedDay(m.Date.AddDays(-1), eve, DayKind.Eve)).ToList());
        }
        return marks;
    }

    // The library reports only the substitute weekday for these when they fall on a weekend; the day itself
    // still matters for ED demand (gov.uk's own list names both). A holiday in the three days after the date
    // shows the library did move it, so a day not (or no longer) a holiday that year is not added.
    static void AddCalendarDate(List<MarkedDay> marks, DateOnly date, string name)
    {
        if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || marks.Exists(m => m.Date == date))
        {
            return;
        }
        if (marks.Exists(m => m.Date > date && m.Date <= date.AddDays(3)))
        {
            marks.Add(new MarkedDay(date, name, DayKind.Holiday));
        }
    }

    Dictionary<DateOnly, string> NamesOf(int year)
    {
        try
        {
            return source.PublicHolidayNames(year)
                .GroupBy(pair => DateOnly.FromDateTime(pair.Key))
                .ToDictionary(g => g.Key, g => string.Join(" / ", g.Select(pair => pair.Value)));
        }
        catch (ArgumentException)
        {
            // GermanPublicHoliday (2008: Ascension on 1 May) and BrazilPublicHoliday (2000) throw on a duplicate
            // key; the dates still come from PublicHolidaysInformation, only the names are lost for that year.
            return [];
        }
    }
}
