using System.Collections.Frozen;
using PublicHoliday;

namespace Akutprognos.Core.Calendar;

/// <summary>
/// Public holidays of a country other than Sweden, from the PublicHoliday library (names in its language,
/// usually the country's own). A holiday moved off a weekend counts on both days: the calendar date
/// (Christmas Day on a Sunday is still Christmas) and the observed weekday (the day off work).
/// </summary>
/// <remarks>
/// Supported ISO 3166-1 codes, case-insensitive: <c>GB</c> (England and Wales bank holidays, with the
/// one-off royal days), <c>US</c> (federal), <c>NO</c>, <c>DK</c>, <c>FI</c>, <c>DE</c> (nationwide days only),
/// <c>FR</c> (metropolitan). Sweden has its own <see cref="SwedishCalendar"/>. No eves are marked.
/// <see cref="CalendarDay.IsChristmasNewYear"/> is set everywhere; <see cref="CalendarDay.IsSummer"/> (July)
/// only for NO, DK and FI.
/// </remarks>
public sealed class CountryCalendar : IHolidayCalendar
{
    // July is the collective holiday month only in the Nordic countries (fellesferie, industriferie,
    // heinäkuu); elsewhere summer leave follows school terms spread over several months, so a July flag
    // would describe nothing real.
    static readonly FrozenDictionary<string, (PublicHolidayCountryCode Code, bool JulyIsSummer)> Countries =
        new Dictionary<string, (PublicHolidayCountryCode, bool)>(StringComparer.OrdinalIgnoreCase)
        {
            ["DE"] = (PublicHolidayCountryCode.De, false),
            ["DK"] = (PublicHolidayCountryCode.Dk, true),
            ["FI"] = (PublicHolidayCountryCode.Fi, true),
            ["FR"] = (PublicHolidayCountryCode.Fr, false),
            ["GB"] = (PublicHolidayCountryCode.Gb, false),
            ["NO"] = (PublicHolidayCountryCode.No, true),
            ["US"] = (PublicHolidayCountryCode.Us, false),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    readonly IPublicHolidays source;
    readonly CalendarYears years;

    /// <summary>Creates the calendar of <paramref name="isoCode"/>.</summary>
    /// <exception cref="ArgumentException">The code is not one of <see cref="SupportedCodes"/>.</exception>
    public CountryCalendar(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        if (!Countries.TryGetValue(isoCode.Trim(), out var country))
        {
            throw new ArgumentException(
                $"No country calendar for '{isoCode}'. Supported: {string.Join(", ", SupportedCodes)}.", nameof(isoCode));
        }
        Name = isoCode.Trim().ToUpperInvariant();
        source = PublicHolidayFactory.GetPublicHolidayForCountry(country.Code);
        years = new CalendarYears(MarkedDaysOf, country.JulyIsSummer);
    }

    /// <summary>The ISO 3166-1 codes this type accepts, upper case, sorted.</summary>
    public static IReadOnlyList<string> SupportedCodes { get; } = [.. Countries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The upper-case ISO code, e.g. "GB".</summary>
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
            marks.Add(new MarkedDay(observed, name, DayKind.Holiday));
            var actual = DateOnly.FromDateTime(holiday.HolidayDate);
            if (actual != observed)
            {
                marks.Add(new MarkedDay(actual, name, DayKind.Holiday));
            }
        }
        if (Name == "GB")
        {
            // UKBankHoliday reports only the substitute weekday when these fall on a weekend, with no calendar
            // date; the day itself still matters for ED demand (gov.uk's own list names both).
            AddIfMissing(marks, new DateOnly(year, 1, 1), "New Year's Day");
            AddIfMissing(marks, new DateOnly(year, 12, 25), "Christmas Day");
            AddIfMissing(marks, new DateOnly(year, 12, 26), "Boxing Day");
        }
        return marks;
    }

    static void AddIfMissing(List<MarkedDay> marks, DateOnly date, string name)
    {
        if (!marks.Exists(m => m.Date == date))
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
            // GermanPublicHoliday throws on a duplicate key when Ascension falls on 1 May (2008); the dates
            // still come from PublicHolidaysInformation, only the names are lost for that year.
            return [];
        }
    }
}
