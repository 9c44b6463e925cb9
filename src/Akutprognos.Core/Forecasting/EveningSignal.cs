using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Web visitors in a local evening window (by default 18:00–24:00, as in Ekström et al. 2015) per local
/// date. An evening with any hour missing has no value: a partial evening would read as a quiet one.
/// </summary>
public sealed class EveningSignal
{
    readonly Dictionary<DateOnly, (double Visitors, int Missing)> evenings;

    EveningSignal(Dictionary<DateOnly, (double, int)> evenings, int fromHour, int toHour)
    {
        this.evenings = evenings;
        FromHour = fromHour;
        ToHour = toHour;
    }

    /// <summary>First local hour in the window (0–23).</summary>
    public int FromHour { get; }

    /// <summary>Local hour at which the window ends (exclusive, 1–24).</summary>
    public int ToHour { get; }

    /// <summary>Visitors in the window on <paramref name="date"/>, or NaN when the evening is incomplete or absent.</summary>
    public double this[DateOnly date] =>
        evenings.TryGetValue(date, out var e) && e.Missing == 0 ? e.Visitors : double.NaN;

    /// <summary>How many hours of the window have no data on <paramref name="date"/> (all of them when the date is unknown).</summary>
    public int MissingHours(DateOnly date) =>
        evenings.TryGetValue(date, out var e) ? e.Missing : ToHour - FromHour;

    /// <summary>Sums hourly visitors into local evening windows.</summary>
    /// <param name="hours">Hourly visitors of one signal (UTC hour starts); order does not matter.</param>
    /// <param name="zone">The local zone that defines evenings.</param>
    /// <param name="fromHour">First local hour of the window.</param>
    /// <param name="toHour">End of the window, exclusive; 24 means midnight.</param>
    public static EveningSignal FromHours(IEnumerable<HourlyVisitors> hours, TimeZoneInfo zone, int fromHour = 18, int toHour = 24)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toHour, 24);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(toHour, fromHour);
        var byHour = new Dictionary<DateTimeOffset, double>();
        foreach (var h in hours)
        {
            byHour[h.Hour] = byHour.GetValueOrDefault(h.Hour) + h.Visitors;
        }
        var evenings = new Dictionary<DateOnly, (double, int)>();
        if (byHour.Count == 0)
        {
            return new EveningSignal(evenings, fromHour, toHour);
        }
        var first = LocalDays.DateOf(byHour.Keys.Min(), zone);
        var last = LocalDays.DateOf(byHour.Keys.Max(), zone);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            double sum = 0;
            var missing = 0;
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            for (var hour = fromHour; hour < toHour; hour++)
            {
                // Local clock hours, not UTC offsets from midnight: the window keeps its meaning on DST days.
                var instant = LocalDays.ToInstant(midnight.AddHours(hour), zone);
                if (byHour.TryGetValue(instant, out var visitors))
                {
                    sum += visitors;
                }
                else
                {
                    missing++;
                }
            }
            evenings[date] = (sum, missing);
        }
        return new EveningSignal(evenings, fromHour, toHour);
    }
}
