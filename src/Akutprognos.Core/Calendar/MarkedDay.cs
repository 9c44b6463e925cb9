namespace Akutprognos.Core.Calendar;

/// <summary>How strongly a named day changes life; when two marks fall on one date the stronger wins.</summary>
internal enum DayKind
{
    /// <summary>Named but a working day, e.g. Valborgsmässoafton.</summary>
    HalfEve = 1,

    /// <summary>Not a red day, but most people are off (Julafton).</summary>
    Eve = 2,

    /// <summary>A public holiday (red day).</summary>
    Holiday = 3,
}

/// <summary>One named day a calendar source reports.</summary>
internal readonly record struct MarkedDay(DateOnly Date, string Name, DayKind Kind);
