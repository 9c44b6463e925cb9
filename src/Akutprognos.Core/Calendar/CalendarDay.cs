namespace Akutprognos.Core.Calendar;

/// <summary>What the calendar says about one local date, as the forecasting models see it.</summary>
/// <param name="Date">The local date.</param>
/// <param name="HolidayName">The public holiday's or eve's name (e.g. "Midsommarafton"), or null.</param>
/// <param name="IsHoliday">A public holiday (red day), e.g. Juldagen, Nationaldagen.</param>
/// <param name="IsEve">A de-facto holiday eve: Påskafton, Midsommarafton, Julafton, Nyårsafton (not red days, but most are off work).</param>
/// <param name="IsDayAfterHoliday">The first working day after a holiday or a run of holidays (EDs fill up).</param>
/// <param name="IsBridgeDay">A working day squeezed between a holiday and a weekend (klämdag).</param>
/// <param name="IsSummer">The Swedish summer holiday period (July).</param>
/// <param name="IsChristmasNewYear">The Christmas–New Year period, 24 December to 6 January.</param>
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
