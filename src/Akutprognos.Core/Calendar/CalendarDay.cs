namespace Akutprognos.Core.Calendar;

/// <summary>What the calendar says about one local date, as the forecasting models see it.</summary>
/// <param name="Date">The local date.</param>
/// <param name="HolidayName">The public holiday's or eve's name (e.g. "Midsommarafton"), or null. A calendar may also name a working day (Valborgsmässoafton) with both flags false; two names on one date are joined with " / ".</param>
/// <param name="IsHoliday">A public holiday (red day), e.g. Juldagen, Nationaldagen.</param>
/// <param name="IsEve">A de-facto holiday eve: Påskafton, Midsommarafton, Julafton, Nyårsafton (not red days, but most are off work).</param>
/// <param name="IsDayAfterHoliday">The first working day (Mon–Fri, not a holiday or eve) after a run of days off that holds at least one holiday or eve (EDs fill up): the Tuesday after Annandag påsk, the Monday after Midsommar; never after a plain weekend.</param>
/// <param name="IsBridgeDay">A working day with days off on both sides, one a holiday or eve (klämdag): the Friday after Kristi himmelsfärdsdag, Monday 23 December before a Tuesday Julafton. May coincide with <paramref name="IsDayAfterHoliday"/>.</param>
/// <param name="IsSummer">The collective summer holiday month (July) where the calendar has one: Sweden and the other Nordic countries.</param>
/// <param name="IsChristmasNewYear">The Christmas–New Year period, 24 December to 6 January, where the calendar has one (not in Turkey or Kazakhstan).</param>
public readonly record struct CalendarDay(
    DateOnly Date,
    string? HolidayName,
    bool IsHoliday,
    bool IsEve,
    bool IsDayAfterHoliday,
    bool IsBridgeDay,
    bool IsSummer,
    bool IsChristmasNewYear);

/// <summary>A country's (or a user's) holiday calendar.</summary>
public interface IHolidayCalendar
{
    /// <summary>Short name for messages, e.g. "SE" or "dates from holidays.csv".</summary>
    string Name { get; }

    /// <summary>Describes <paramref name="date"/>. Defined for every date; pure and fast (called per day per model fit).</summary>
    CalendarDay Describe(DateOnly date);
}
