using PublicHoliday;

namespace Akutprognos.Core.Calendar;

/// <summary>
/// Swedish public holidays (Lag (1989:253) om allmänna helgdagar) and the de-facto holiday eves, with
/// Swedish names as the law and the holidata.net sv-SE list spell them ("Kristi himmelsfärdsdag").
/// </summary>
/// <remarks>
/// <para>Holidays: Nyårsdagen, Trettondedag jul, Långfredagen, Påskdagen, Annandag påsk, Första maj,
/// Kristi himmelsfärdsdag, Pingstdagen, Nationaldagen (from 2005; Annandag pingst until 2004),
/// Midsommardagen, Alla helgons dag, Juldagen, Annandag jul. Eves (<see cref="CalendarDay.IsEve"/>):
/// Påskafton, Midsommarafton, Julafton, Nyårsafton. Trettondagsafton, Valborgsmässoafton and
/// Allhelgonaafton are named in <see cref="CalendarDay.HolidayName"/> but are working days.</para>
/// <para>Defined for every <see cref="DateOnly"/>; today's rules are applied before 1953 too (when
/// Midsommar and Alla helgons dag moved to Saturdays). July is the summer flag (industrisemester).
/// Easter and the movable days come from PublicHoliday's <see cref="SwedenPublicHoliday"/>.</para>
/// </remarks>
public sealed class SwedishCalendar : IHolidayCalendar
{
    readonly CalendarYears years = new(MarkedDaysOf, julyIsSummer: true);

    /// <inheritdoc/>
    public string Name => "SE";

    /// <inheritdoc/>
    public CalendarDay Describe(DateOnly date) => years.Describe(date);

    // PublicHoliday's own SwedenPublicHoliday.PublicHolidayNames lists Midsommarafton, Julafton and Nyårsafton
    // as public holidays, lacks Påskafton, keeps Nationaldagen before 2005 and spells three names unlike the
    // law; its date rules (Easter, Midsommar, Alla helgons dag) are right, so only those are used.
    static IEnumerable<MarkedDay> MarkedDaysOf(int year)
    {
        var easter = On(SwedenPublicHoliday.Easter(year));
        var allSaints = On(SwedenPublicHoliday.AllSaintsDay(year));
        var midsummerEve = On(SwedenPublicHoliday.MidsummerEve(year));

        yield return Holiday(new DateOnly(year, 1, 1), "Nyårsdagen");
        yield return HalfEve(new DateOnly(year, 1, 5), "Trettondagsafton");
        yield return Holiday(new DateOnly(year, 1, 6), "Trettondedag jul");
        yield return Holiday(easter.AddDays(-2), "Långfredagen");
        yield return Eve(easter.AddDays(-1), "Påskafton");
        yield return Holiday(easter, "Påskdagen");
        yield return Holiday(easter.AddDays(1), "Annandag påsk");
        yield return HalfEve(new DateOnly(year, 4, 30), "Valborgsmässoafton");
        yield return Holiday(new DateOnly(year, 5, 1), "Första maj");
        yield return Holiday(On(SwedenPublicHoliday.Ascension(year)), "Kristi himmelsfärdsdag");
        var whitSunday = On(SwedenPublicHoliday.WhitSunday(year));
        yield return Holiday(whitSunday, "Pingstdagen");
        if (year >= 2005)
        {
            yield return Holiday(new DateOnly(year, 6, 6), "Nationaldagen");
        }
        else
        {
            yield return Holiday(whitSunday.AddDays(1), "Annandag pingst");
        }
        yield return Eve(midsummerEve, "Midsommarafton");
        yield return Holiday(midsummerEve.AddDays(1), "Midsommardagen");
        yield return HalfEve(allSaints.AddDays(-1), "Allhelgonaafton");
        yield return Holiday(allSaints, "Alla helgons dag");
        yield return Eve(new DateOnly(year, 12, 24), "Julafton");
        yield return Holiday(new DateOnly(year, 12, 25), "Juldagen");
        yield return Holiday(new DateOnly(year, 12, 26), "Annandag jul");
        yield return Eve(new DateOnly(year, 12, 31), "Nyårsafton");
    }

    // Only the four big eves count as IsEve: on them shops, primary care and most workplaces close, which is
    // what moves patients to the ED. The half eves are ordinary working days that end early for some, so
    // they carry a name (a model may still use it) but do not start a holiday run or make a bridge day.
    static MarkedDay Holiday(DateOnly date, string name) => new(date, name, DayKind.Holiday);

    static MarkedDay Eve(DateOnly date, string name) => new(date, name, DayKind.Eve);

    static MarkedDay HalfEve(DateOnly date, string name) => new(date, name, DayKind.HalfEve);

    static DateOnly On(DateTime date) => DateOnly.FromDateTime(date);
}
