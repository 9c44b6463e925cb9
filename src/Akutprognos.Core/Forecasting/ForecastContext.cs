using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Everything a model may know about one series, aligned by day index: actual counts, the calendar, and
/// the evening web signal. Indices past the last actual day (the days to forecast) have NaN actuals.
/// A model predicting day <c>d</c> may read actuals of days before <c>d</c> and the signal up to the
/// evening of <c>d − 1</c>; never anything later.
/// </summary>
public sealed class ForecastContext
{
    readonly double[] actuals;
    readonly CalendarDay[] days;
    readonly double[] evenings;
    readonly System.Collections.Concurrent.ConcurrentDictionary<SignalWindow, double[]> windows = new();
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string, SignalWindow), double[]> derived = new();
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> memo = new();

    /// <param name="series">Actual daily counts.</param>
    /// <param name="calendar">Holidays and periods.</param>
    /// <param name="signal">The evening web signal, or null when the series has none.</param>
    /// <param name="daysAhead">Days after the last actual to make room for (1 for tomorrow).</param>
    public ForecastContext(DailySeries series, IHolidayCalendar calendar, EveningSignal? signal, int daysAhead = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysAhead);
        Series = series;
        Calendar = calendar;
        Signal = signal;
        Length = series.Length + daysAhead;
        actuals = new double[Length];
        days = new CalendarDay[Length];
        evenings = new double[Length];
        for (var i = 0; i < Length; i++)
        {
            var date = series.DateAt(i);
            actuals[i] = i < series.Length ? series[i] : double.NaN;
            days[i] = calendar.Describe(date);
            evenings[i] = signal is null ? double.NaN : signal[date];
        }
    }

    /// <summary>The actual daily counts; index 0 is its first date.</summary>
    public DailySeries Series { get; }

    /// <summary>The holiday calendar that describes every day, the days ahead included.</summary>
    public IHolidayCalendar Calendar { get; }

    /// <summary>The evening web signal, or null when the series has none (signal models are then not run).</summary>
    public EveningSignal? Signal { get; }

    /// <summary>Actual days plus the days ahead.</summary>
    public int Length { get; }

    /// <summary>The number of days with actual data (the index of the first day ahead).</summary>
    public int ActualLength => Series.Length;

    /// <summary>The local date of day <paramref name="index"/>; indices past the actuals give the dates ahead.</summary>
    public DateOnly DateAt(int index) => Series.DateAt(index);

    /// <summary>The actual count on day <paramref name="index"/>; NaN for a day without data and for the days ahead.</summary>
    public double Actual(int index) => actuals[index];

    /// <summary>The calendar's description of day <paramref name="index"/> (holiday, eve, summer …), defined for the days ahead too.</summary>
    public CalendarDay Day(int index) => days[index];

    /// <summary>Evening visitors on the date at <paramref name="index"/>; NaN when incomplete or absent.</summary>
    public double Evening(int index) => index >= 0 && index < Length ? evenings[index] : double.NaN;

    /// <summary>Visitors in <paramref name="window"/> on the date at <paramref name="index"/>; NaN when incomplete, absent or out of range.</summary>
    public double Evening(int index, SignalWindow window)
    {
        if (Signal is null || index < 0 || index >= Length)
        {
            return double.NaN;
        }
        var values = windows.GetOrAdd(window, w => [.. Enumerable.Range(0, Length).Select(i => Signal.Sum(DateAt(i), w))]);
        return values[index];
    }

    /// <summary>A per-day series derived from the signal in <paramref name="window"/>, computed once per context (models share it).</summary>
    internal double[] Derived(string name, SignalWindow window, Func<int, double> valueAt) =>
        derived.GetOrAdd((name, window), _ => [.. Enumerable.Range(0, Length).Select(valueAt)]);

    /// <summary>Something derived from the whole context (e.g. design rows), computed once and shared by every fit.</summary>
    internal T Memo<T>(string key, Func<T> make) where T : class => (T)memo.GetOrAdd(key, _ => make());

    /// <summary>A context like this one that ends its actuals before <paramref name="end"/> (exclusive), for tests of the protocol.</summary>
    public ForecastContext Truncated(int end) =>
        new(new DailySeries(Series.Name, Series.Start, [.. Series.Values.Take(end)]), Calendar, Signal, Length - end);
}
