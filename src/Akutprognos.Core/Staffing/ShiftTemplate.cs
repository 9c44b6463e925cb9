using System.Globalization;
using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Staffing;

/// <summary>
/// A shift by local clock times, such as 07:00–16:00 or 21:00–07:30; an end at or before the start is on the
/// next day. On a daylight-saving night the clock times stay and the length changes: 21:00–07:30 lasts
/// 9.5 hours on the spring-forward night and 11.5 on the fall-back night.
/// </summary>
public sealed record ShiftTemplate
{
    /// <exception cref="ArgumentException">Start and end are the same time.</exception>
    public ShiftTemplate(TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            throw new ArgumentException($"The shift {Clock(start)}–{Clock(end)} has no length: start and end must differ.", nameof(end));
        }
        Start = start;
        End = end;
    }

    /// <summary>Local clock time the shift starts.</summary>
    public TimeOnly Start { get; }

    /// <summary>Local clock time the shift ends; at or before <see cref="Start"/> means the next day.</summary>
    public TimeOnly End { get; }

    /// <summary>True when the shift runs past midnight.</summary>
    public bool Overnight => End <= Start;

    /// <summary>"07–16", "21–07:30": whole hours without minutes.</summary>
    public string Label => $"{Clock(Start)}–{Clock(End)}";

    /// <summary>The shift starting on local <paramref name="day"/> as UTC instants.</summary>
    public ShiftInstance On(DateOnly day, TimeZoneInfo zone) => new(
        this,
        LocalDays.ToInstant(day.ToDateTime(Start), zone),
        LocalDays.ToInstant((Overnight ? day.AddDays(1) : day).ToDateTime(End), zone));

    /// <summary>True when the clock hour starting at <paramref name="hourOfDay"/> (0–23) lies wholly inside the shift on an ordinary day.</summary>
    public bool CoversClockHour(int hourOfDay)
    {
        var from = new TimeSpan(hourOfDay, 0, 0);
        var to = from + TimeSpan.FromHours(1);
        var start = Start.ToTimeSpan();
        var end = End.ToTimeSpan() + (Overnight ? TimeSpan.FromDays(1) : TimeSpan.Zero);
        return (from >= start && to <= end) || (from + TimeSpan.FromDays(1) >= start && to + TimeSpan.FromDays(1) <= end);
    }

    /// <summary>Reads "07:00–16:00", "07-16" or "21:00-07:30" (hyphen or en dash).</summary>
    public static bool TryParse(string? text, out ShiftTemplate? template)
    {
        template = null;
        var parts = text?.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 } || !TryClock(parts[0], out var start) || !TryClock(parts[1], out var end) || start == end)
        {
            return false;
        }
        template = new ShiftTemplate(start, end);
        return true;
    }

    /// <summary>The <see cref="Label"/>, e.g. "21–07:30".</summary>
    public override string ToString() => Label;

    static bool TryClock(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH", "%H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    static string Clock(TimeOnly time) => time.Minute == 0
        ? time.Hour.ToString("00", CultureInfo.InvariantCulture)
        : time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>One dated occurrence of a <see cref="ShiftTemplate"/>, from <see cref="Start"/> to <see cref="End"/> (UTC).</summary>
public sealed record ShiftInstance(ShiftTemplate Template, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Real elapsed hours, so a night shift over a daylight-saving change counts what is worked.</summary>
    public double Hours => (End - Start).TotalHours;

    /// <summary>True when the hour starting at <paramref name="hour"/> lies wholly inside the shift; a handover overlap does not count twice.</summary>
    public bool Covers(DateTimeOffset hour) => Start <= hour && hour.AddHours(1) <= End;
}
