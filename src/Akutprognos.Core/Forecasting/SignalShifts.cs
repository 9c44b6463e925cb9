namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Level shifts of the web signal that arrivals do not follow: a relaunch, a new page layout, a tracking change.
/// Compared week on week (log visitors of evening i against evening i − 7, so the weekday pattern cancels), a shift is
/// a run of at least <see cref="RunEvenings"/> consecutive evenings that all moved the same way by more than
/// <see cref="ContinueSds"/> robust SDs of such weekly changes, one of them by more than <see cref="ChangeSds"/>, while the arrivals of the days they foretell moved by
/// less than <see cref="FollowShare"/> of that (illness moves both; a relaunch only the signal). Two evenings are
/// enough: a relaunch during a falling illness wave shows a weekly change well below its true step, and waiting for
/// more costs days of forecasts that read the relaunch as illness; a two-evening media story that passes the test is
/// undone within a week, as the step is a median over the evenings since. From the day after
/// detection, evenings before the shift are read as if multiplied by the step (the median weekly change of the
/// run's evenings), so <see cref="SignalAnomaly"/>'s baseline is re-based at once instead of catching up over four
/// weeks. Only evenings and arrivals before the day judged are used.
/// </summary>
internal sealed class SignalShifts
{
    /// <summary>Consecutive evenings beyond the limit that make a shift.</summary>
    public const int RunEvenings = 2;

    /// <summary>How many robust SDs of the weekly change an evening must move to count.</summary>
    public const double ChangeSds = 3;

    /// <summary>
    /// Next to an evening beyond <see cref="ChangeSds"/>, one beyond this many SDs the same way continues the run: a relaunch
    /// during a falling illness wave shows a smaller weekly change on its second evening than on its first.
    /// </summary>
    public const double ContinueSds = 2;

    /// <summary>Arrivals that moved by less than this share of the signal's step did not follow it.</summary>
    public const double FollowShare = 1.0 / 3;

    /// <summary>Evenings whose weekly changes set the limit; recomputed every <see cref="ScaleEveryDays"/> days.</summary>
    const int ScaleEvenings = 365;

    const int ScaleEveryDays = 28;

    /// <summary>Evenings after a shift that refine its step.</summary>
    const int StepEvenings = 14;

    readonly double[] weekly;
    readonly double[] logEvening;
    readonly List<(int Start, int KnownFrom)> shifts = [];

    SignalShifts(ForecastContext context, SignalWindow window)
    {
        var n = context.Length;
        weekly = new double[n];
        logEvening = new double[n];
        var arrivals = new double[n];
        for (var i = 0; i < n; i++)
        {
            weekly[i] = LogRatio(context.Evening(i, window), context.Evening(i - 7, window));
            logEvening[i] = LogRatio(context.Evening(i, window), 1);
            arrivals[i] = i < 7 ? double.NaN : LogRatio(context.Actual(i), context.Actual(i - 7));
        }
        var limit = double.NaN;
        for (var day = RunEvenings + 8; day < n; day++)
        {
            if (double.IsNaN(limit) || day % ScaleEveryDays == 0)
            {
                limit = ChangeSds * LevelFilter.RobustScale(weekly[Math.Max(0, day - 1 - ScaleEvenings)..(day - 1)].Where(w => !double.IsNaN(w)));
            }
            Detect(day, limit, arrivals);
        }
    }

    /// <summary>The shifts of <paramref name="window"/>'s signal in <paramref name="context"/>, found once per context.</summary>
    public static SignalShifts For(ForecastContext context, SignalWindow window) =>
        context.Memo($"signal-shifts:{window}", () => new SignalShifts(context, window));

    /// <summary>Shifts found, as (first evening after the shift, first day that may use it).</summary>
    public IReadOnlyList<(int Start, int KnownFrom)> Found => shifts;

    /// <summary>The log factor to apply to <paramref name="evening"/> when judging day <paramref name="day"/>: the sum of the steps known by then that came after it.</summary>
    public double Offset(int evening, int day)
    {
        double sum = 0;
        foreach (var (start, knownFrom) in shifts)
        {
            if (knownFrom <= day && evening < start)
            {
                sum += Step(start, day);
            }
        }
        return sum;
    }

    // The median over the evenings since the shift (up to two weeks, as far as known by `day`) of each one's log ratio to
    // the median of the same weekday in the four weeks before the shift: steadier than one week-on-week change.
    double Step(int start, int day)
    {
        var ratios = new List<double>(StepEvenings);
        Span<double> before = stackalloc double[4];
        for (var i = start; i < Math.Min(day, start + StepEvenings); i++)
        {
            var n = 0;
            for (var back = i - 7; back >= Math.Max(0, start - 28) && n < before.Length; back -= 7)
            {
                if (back < start && !double.IsNaN(logEvening[back]))
                {
                    before[n++] = logEvening[back];
                }
            }
            if (n > 0 && !double.IsNaN(logEvening[i]))
            {
                var sorted = before[..n];
                sorted.Sort();
                ratios.Add(logEvening[i] - (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2));
            }
        }
        ratios.Sort();
        return ratios.Count == 0 ? 0 : EmpiricalIntervals.Quantile(ratios, 0.5);
    }

    // Judges on `day` the run of evenings ending at day − 1, against the arrivals known by then (up to day − 1).
    void Detect(int day, double limit, double[] arrivals)
    {
        var end = day - 1;
        if (double.IsNaN(weekly[end]))
        {
            return;
        }
        var sign = Math.Sign(weekly[end]);
        var start = end + 1;
        while (start > 0 && end - start < 7 && !double.IsNaN(weekly[start - 1]) && Math.Sign(weekly[start - 1]) == sign
            && Math.Abs(weekly[start - 1]) > limit * ContinueSds / ChangeSds)
        {
            start--;
        }
        var length = end - start + 1;
        if (!weekly[start..(end + 1)].Any(w => Math.Abs(w) > limit))
        {
            return;
        }
        // A step shows in the weekly change for one week only: longer runs are a trend, not a shift.
        if (length < RunEvenings || length > 7 || sign == 0 || shifts.Count > 0 && shifts[^1].Start > start - 7)
        {
            return;
        }
        var followed = arrivals[(start + 1)..(end + 1)].Where(a => !double.IsNaN(a)).Order().ToList();
        if (followed.Count < RunEvenings - 1)
        {
            return;
        }
        var step = Math.Abs(Step(start, day));
        if (sign * EmpiricalIntervals.Quantile(followed, 0.5) < FollowShare * step)
        {
            shifts.Add((start, day));
        }
    }

    static double LogRatio(double now, double before) =>
        double.IsNaN(now) || double.IsNaN(before) || now <= 0 || before <= 0 ? double.NaN : Math.Log(now / before);
}
