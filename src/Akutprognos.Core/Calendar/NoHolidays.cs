namespace Akutprognos.Core.Calendar;

/// <summary>
/// A calendar with no calendar effects at all: no holidays, no eves, and the July and Christmas–New Year
/// flags off too, so a model fitted with it sees the weekday only. For comparisons and for regions whose
/// holidays are not known.
/// </summary>
public sealed class NoHolidays : IHolidayCalendar
{
    /// <summary>"none".</summary>
    public string Name => "none";

    /// <inheritdoc/>
    public CalendarDay Describe(DateOnly date) => new(date, null, false, false, false, false, false, false);
}
