using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Web visitors per local date and local clock hour, read through windows of the evening (by default
/// 18:00–24:00, as in Ekström et al. 2015; <see cref="SignalWindow"/> lists the others the models try).
/// A window with any hour missing has no value: a partial evening would read as a quiet one. On the 25-hour
/// autumn day both 02:00 hours add to 02:00; on the 23-hour spring day 02:00 does not exist and is not missing.
/// </summary>
public sealed class EveningSignal
{
    readonly Dictionary<DateOnly, double[]> days; // 24 local clock hours; NaN = an existing hour without data

    EveningSignal(Dictionary<DateOnly, double[]> days, int fromHour, int toHour)
    {
        this.days = days;
        FromHour = fromHour;
        ToHour = toHour;
    }

    /// <summary>First local hour in the default window (0–23).</summary>
    public int FromHour { get; }

    /// <summary>Local hour at which the default window ends (exclusive, 1–24).</summary>
    public int ToHour { get; }

    /// <summary>The default window.</summary>
    public SignalWindow Window => new(FromHour, ToHour);

    /// <summary>Visitors in the default window on <paramref name="date"/>, or NaN when it is incomplete or absent.</summary>
    public double this[DateOnly date] => Sum(date, Window);

    /// <summary>How many hours of the default window have no data on <paramref name="date"/> (all of them when the date is unknown).</summary>
    public int MissingHours(DateOnly date) => MissingHours(date, Window);

    /// <summary>Visitors in <paramref name="window"/> on <paramref name="date"/>, or NaN when any of its hours is missing.</summary>
    public double Sum(DateOnly date, SignalWindow window)
    {
        if (!days.TryGetValue(date, out var hours))
        {
            return double.NaN;
        }
        double sum = 0;
        for (var h = window.FromHour; h < window.ToHour; h++)
        {
            sum += hours[h];
        }
        return sum;
    }

    /// <summary>How many hours of <paramref name="window"/> have no data on <paramref name="date"/>.</summary>
    public int MissingHours(DateOnly date, SignalWindow window)
    {
        if (!days.TryGetValue(date, out var hours))
        {
            return window.Hours;
        }
        var missing = 0;
        for (var h = window.FromHour; h < window.ToHour; h++)
        {
            missing += double.IsNaN(hours[h]) ? 1 : 0;
        }
        return missing;
    }

    /// <summary>Sums hourly visitors by local date and clock hour.</summary>
    /// <param name="hours">Hourly visitors of one signal (UTC hour starts); order does not matter.</param>
    /// <param name="zone">The local zone that defines evenings.</param>
    /// <param name="fromHour">First local hour of the default window.</param>
    /// <param name="toHour">End of the default window, exclusive; 24 means midnight.</param>
    public static EveningSignal FromHours(IEnumerable<HourlyVisitors> hours, TimeZoneInfo zone, int fromHour = 18, int toHour = 24)
    {
        _ = new SignalWindow(fromHour, toHour);
        var days = new Dictionary<DateOnly, double[]>();
        DateOnly? first = null, last = null;
        foreach (var h in hours)
        {
            var local = TimeZoneInfo.ConvertTime(h.Hour, zone);
            var date = DateOnly.FromDateTime(local.DateTime);
            if (!days.TryGetValue(date, out var slots))
            {
                slots = new double[24];
                Array.Fill(slots, double.NaN);
                days[date] = slots;
            }
            slots[local.Hour] = (double.IsNaN(slots[local.Hour]) ? 0 : slots[local.Hour]) + h.Visitors;
            first = first is null || date < first ? date : first;
            last = last is null || date > last ? date : last;
        }
        if (first is not null)
        {
            for (var date = first.Value; date <= last!.Value; date = date.AddDays(1))
            {
                if (!days.TryGetValue(date, out var slots))
                {
                    slots = new double[24];
                    Array.Fill(slots, double.NaN);
                    days[date] = slots;
                }
                MarkHoursThatDoNotExist(date, slots, zone);
            }
        }
        return new EveningSignal(days, fromHour, toHour);
    }

    // A spring-forward day has no 02:00: that hour holds no visitors rather than missing ones.
    static void MarkHoursThatDoNotExist(DateOnly date, double[] slots, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        for (var h = 0; h < 24; h++)
        {
            if (double.IsNaN(slots[h]) && LocalDays.IsGap(midnight.AddHours(h), zone))
            {
                slots[h] = 0;
            }
        }
    }
}
