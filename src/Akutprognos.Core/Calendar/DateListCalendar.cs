using System.Globalization;

namespace Akutprognos.Core.Calendar;

/// <summary>
/// Holidays from a list of dates the caller has already read (e.g. a region's own file or the
/// bank-holiday list that comes with a data set). Every listed date is a holiday; nothing is an eve.
/// Outside the listed dates no holidays are assumed, so a list must cover the years it is used for.
/// </summary>
/// <remarks>
/// Day after a holiday and bridge days are derived exactly as for <see cref="SwedishCalendar"/>.
/// <see cref="CalendarDay.IsChristmasNewYear"/> is always set; <see cref="CalendarDay.IsSummer"/> (July)
/// only when asked for. Several names on one date are joined with " / ".
/// </remarks>
public sealed class DateListCalendar : IHolidayCalendar
{
    readonly CalendarYears years;

    /// <summary>Creates a calendar of <paramref name="holidays"/>, named after <paramref name="source"/>.</summary>
    /// <param name="source">Where the dates came from, e.g. a file name; for messages only.</param>
    /// <param name="holidays">The holidays: date and a non-empty name; order and duplicates do not matter.</param>
    /// <param name="julyIsSummer">Whether to flag July as the summer holiday (true for Nordic regions).</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> or a name is empty.</exception>
    public DateListCalendar(string source, IEnumerable<(DateOnly Date, string Name)> holidays, bool julyIsSummer = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(holidays);
        var byYear = new Dictionary<int, List<MarkedDay>>();
        foreach (var (date, name) in holidays)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The holiday on {date:yyyy-MM-dd} has no name."), nameof(holidays));
            }
            if (!byYear.TryGetValue(date.Year, out var marks))
            {
                byYear[date.Year] = marks = [];
            }
            marks.Add(new MarkedDay(date, name.Trim(), DayKind.Holiday));
        }
        Name = "dates from " + source;
        Count = byYear.Values.Sum(marks => marks.Count);
        years = new CalendarYears(year => byYear.GetValueOrDefault(year) ?? [], julyIsSummer);
    }

    /// <summary>"dates from " and the source, e.g. "dates from bank_holiday.csv".</summary>
    public string Name { get; }

    /// <summary>How many (date, name) pairs were given, duplicates included.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public CalendarDay Describe(DateOnly date) => years.Describe(date);
}
