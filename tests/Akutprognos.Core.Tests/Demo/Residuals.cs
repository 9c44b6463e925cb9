namespace Akutprognos.Core.Tests.Demo;

/// <summary>The few statistics the demo tests need: weekday demeaning, a linear detrend, Pearson's r.</summary>
internal static class Residuals
{
    public static double[] WithoutWeekdayMeans(IReadOnlyList<DateOnly> days, Func<DateOnly, double> value)
    {
        var values = days.Select(value).ToArray();
        var means = days.Zip(values).GroupBy(p => p.First.DayOfWeek).ToDictionary(g => g.Key, g => g.Average(p => p.Second));
        return values.Select((v, i) => v - means[days[i].DayOfWeek]).ToArray();
    }

    /// <summary>Removes the least-squares line through (day number, value): the web audience's growth.</summary>
    public static double[] Detrended(double[] values, IReadOnlyList<DateOnly> days)
    {
        var t = days.Select(d => (double)d.DayNumber).ToArray();
        double tMean = t.Average(), vMean = values.Average();
        var slope = t.Zip(values).Sum(p => (p.First - tMean) * (p.Second - vMean)) / t.Sum(x => (x - tMean) * (x - tMean));
        return values.Select((v, i) => v - vMean - (slope * (t[i] - tMean))).ToArray();
    }

    public static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        var sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
