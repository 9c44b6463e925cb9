using System.Collections.Frozen;
using PublicHoliday;

namespace Akutprognos.Core.Calendar;

/// <summary>A fixed-date day: a holiday the source moves off a weekend, or an eve.</summary>
internal readonly record struct FixedDay(int Month, int Day, string Name);

/// <summary>How <see cref="CountryCalendar"/> reads one country's PublicHoliday source.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Source">Creates the library's calendar for the country.</param>
/// <param name="JulyIsSummer">July is the collective holiday month (Nordic countries only).</param>
/// <param name="ChristmasNewYear">24 December–6 January is a break from work and school.</param>
/// <param name="MovedOffWeekend">
/// Holidays the source reports only on their substitute weekday when they fall on a weekend; the calendar
/// date is marked too, when the source has a holiday in the three days after it.
/// </param>
/// <param name="Eves">De-facto days off that are not public holidays, marked as eves.</param>
/// <param name="EvesBefore">Eves on the day before a movable holiday: (the holiday's name in the source, the eve's name).</param>
/// <param name="Dropped">Names of days the source reports that are not nationwide holidays.</param>
internal sealed record Country(
    string Code,
    Func<IPublicHolidays> Source,
    bool JulyIsSummer = false,
    bool ChristmasNewYear = true,
    FixedDay[]? MovedOffWeekend = null,
    FixedDay[]? Eves = null,
    string[]? Dropped = null,
    (string Holiday, string Eve)[]? EvesBefore = null);

/// <summary>Every country of the PublicHoliday library, by ISO code.</summary>
internal static class Countries
{
    static IPublicHolidays Of(PublicHolidayCountryCode code) => PublicHolidayFactory.GetPublicHolidayForCountry(code);

    static Country C(string code, PublicHolidayCountryCode libraryCode, bool julyIsSummer = false, bool christmasNewYear = true,
        FixedDay[]? moved = null, FixedDay[]? eves = null, string[]? dropped = null, (string, string)[]? evesBefore = null) =>
        new(code, () => Of(libraryCode), julyIsSummer, christmasNewYear, moved, eves, dropped, evesBefore);

    // July: only in the Nordic countries is it the collective holiday month (fellesferie, industriferie,
    // heinäkuu); elsewhere summer leave follows school terms over several months, and south of the equator
    // summer is December–January, which ChristmasNewYear already covers.
    // ChristmasNewYear: false where there is no Christmas break (Turkey, Kazakhstan: New Year's Day only);
    // Japan keeps it for the year-end closure of 29 December–3 January.
    static readonly Country[] All =
    [
        C("AT", PublicHolidayCountryCode.At),
        C("AU", PublicHolidayCountryCode.Au, moved:
            [new(1, 1, "New Year"), new(1, 26, "Australia Day"), new(12, 25, "Christmas Day"), new(12, 26, "Boxing Day")]),
        C("BE", PublicHolidayCountryCode.Be),
        C("BR", PublicHolidayCountryCode.Br),
        C("CA", PublicHolidayCountryCode.Ca, moved:
            [new(1, 1, "New Year"), new(7, 1, "Canada Day"), new(11, 11, "Remembrance Day"),
             new(12, 25, "Christmas Day"), new(12, 26, "Boxing Day")]),
        C("CH", PublicHolidayCountryCode.Ch),
        C("CZ", PublicHolidayCountryCode.Cz),
        C("DE", PublicHolidayCountryCode.De),
        C("DK", PublicHolidayCountryCode.Dk, julyIsSummer: true, eves: [new(12, 24, "Juleaften"), new(12, 31, "Nytårsaften")]),
        C("EE", PublicHolidayCountryCode.Ee),
        C("ES", PublicHolidayCountryCode.Es),
        // Finland's collective agreements give Christmas Eve and Midsummer Eve off; New Year's Eve is a working day.
        C("FI", PublicHolidayCountryCode.Fi, julyIsSummer: true, eves: [new(12, 24, "Jouluaatto")],
            evesBefore: [("Juhannuspäivä", "Juhannusaatto")]),
        C("FR", PublicHolidayCountryCode.Fr),
        C("GB", PublicHolidayCountryCode.Gb, moved:
            [new(1, 1, "New Year's Day"), new(12, 25, "Christmas Day"), new(12, 26, "Boxing Day")]),
        C("GR", PublicHolidayCountryCode.Gr),
        C("HR", PublicHolidayCountryCode.Hr),
        C("HU", PublicHolidayCountryCode.Hu),
        C("IE", PublicHolidayCountryCode.Ie),
        C("IT", PublicHolidayCountryCode.It),
        C("JP", PublicHolidayCountryCode.Jp, moved:
            [new(1, 1, "New Year"), new(2, 11, "Foundation Day"), new(2, 23, "Emperor's Birthday"), new(4, 29, "Shōwa Day"),
             new(5, 3, "Constitution Memorial Day"), new(5, 4, "Greenery Day"), new(5, 5, "Children's Day"),
             new(8, 11, "Mountain Day"), new(11, 3, "Culture Day"), new(11, 23, "Labour Thanksgiving Day"),
             new(12, 23, "Emperor's Birthday")]),
        // The library puts Kurban Ait on 1 September every year; its real date follows the lunar calendar.
        C("KZ", PublicHolidayCountryCode.Kz, christmasNewYear: false, dropped: ["Курбан Айт"]),
        C("LT", PublicHolidayCountryCode.Lt),
        C("LU", PublicHolidayCountryCode.Lu),
        C("LV", PublicHolidayCountryCode.Lv),
        new("ME", () => new MontenegroPublicHoliday()),
        C("MX", PublicHolidayCountryCode.Mx),
        C("NL", PublicHolidayCountryCode.Nl),
        C("NO", PublicHolidayCountryCode.No, julyIsSummer: true, eves: [new(12, 24, "Julaften"), new(12, 31, "Nyttårsaften")]),
        C("NZ", PublicHolidayCountryCode.Nz, moved:
            [new(1, 1, "New Year"), new(1, 2, "Day After New Year"), new(2, 6, "Waitangi Day"), new(4, 25, "ANZAC Day"),
             new(12, 25, "Christmas Day"), new(12, 26, "Boxing Day")]),
        C("PL", PublicHolidayCountryCode.Pl),
        // Madeira's and the Azores' own days are regional, not national.
        C("PT", PublicHolidayCountryCode.Pt, dropped: ["Dia da Madeira", "Dia dos Açores", "Primeira Oitava"]),
        C("RO", PublicHolidayCountryCode.Ro),
        C("RS", PublicHolidayCountryCode.Rs),
        C("SI", PublicHolidayCountryCode.Si),
        C("SK", PublicHolidayCountryCode.Sk),
        C("TR", PublicHolidayCountryCode.Tr, christmasNewYear: false),
        C("US", PublicHolidayCountryCode.Us),
        C("ZA", PublicHolidayCountryCode.Za, moved:
            [new(1, 1, "New Year"), new(3, 21, "Human Rights Day"), new(4, 27, "Freedom Day"), new(5, 1, "Workers' Day"),
             new(6, 16, "Youth Day"), new(8, 9, "National Women's Day"), new(9, 24, "Heritage Day"),
             new(12, 16, "Day of Reconciliation"), new(12, 25, "Christmas Day"), new(12, 26, "Day of Goodwill")]),
    ];

    /// <summary>Other spellings people use, mapped to the ISO code: "UK" for "GB".</summary>
    internal static readonly FrozenDictionary<string, string> Aliases =
        new Dictionary<string, string> { ["UK"] = "GB" }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenDictionary<string, Country> ByCode =
        All.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The country for a code or alias (case-insensitive, trimmed), or null.</summary>
    internal static Country? Find(string code)
    {
        var key = code.Trim();
        return ByCode.GetValueOrDefault(Aliases.GetValueOrDefault(key, key));
    }
}
