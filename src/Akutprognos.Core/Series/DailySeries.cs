namespace Akutprognos.Core.Series;

/// <summary>
/// Counts per consecutive local date for one series (a site or the region). Days with no data are
/// <see cref="double.NaN"/>; models skip them when fitting and metrics skip them when scoring.
/// </summary>
public sealed class DailySeries
{
    readonly double[] values;

    /// <param name="name">Site name or "total".</param>
    /// <param name="start">The local date of the first value.</param>
    /// <param name="values">Counts of consecutive dates from <paramref name="start"/>, NaN for a day without data; at least one.</param>
    /// <exception cref="ArgumentException">The name is empty or there are no values.</exception>
    public DailySeries(string name, DateOnly start, IReadOnlyList<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (values.Count == 0)
        {
            throw new ArgumentException($"Series '{name}' has no days.", nameof(values));
        }
        Name = name;
        Start = start;
        this.values = [.. values];
    }

    /// <summary>Site name or "total".</summary>
    public string Name { get; }

    /// <summary>The first local date.</summary>
    public DateOnly Start { get; }

    /// <summary>The last date (inclusive).</summary>
    public DateOnly End => Start.AddDays(values.Length - 1);

    /// <summary>Days in the series from <see cref="Start"/> to <see cref="End"/>, missing days included.</summary>
    public int Length => values.Length;

    /// <summary>The count of every day in date order; NaN for a day without data.</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>The count on day <paramref name="index"/> (0 = <see cref="Start"/>); NaN for a day without data.</summary>
    public double this[int index] => values[index];

    /// <summary>The local date of day <paramref name="index"/>, which may lie outside the series.</summary>
    public DateOnly DateAt(int index) => Start.AddDays(index);

    /// <summary>The index of <paramref name="date"/>, which may lie outside the series.</summary>
    public int IndexOf(DateOnly date) => date.DayNumber - Start.DayNumber;

    /// <summary>Builds a series from (date, count) pairs; dates absent in between become NaN. Counts for a repeated date are added.</summary>
    public static DailySeries FromDays(string name, IEnumerable<(DateOnly Date, double Count)> days)
    {
        var byDate = new SortedDictionary<DateOnly, double>();
        foreach (var (date, count) in days)
        {
            byDate[date] = byDate.GetValueOrDefault(date) + count;
        }
        if (byDate.Count == 0)
        {
            throw new ArgumentException($"Series '{name}' has no days.", nameof(days));
        }
        var first = byDate.Keys.First();
        var last = byDate.Keys.Last();
        var values = new double[last.DayNumber - first.DayNumber + 1];
        Array.Fill(values, double.NaN);
        foreach (var (date, count) in byDate)
        {
            values[date.DayNumber - first.DayNumber] = count;
        }
        return new DailySeries(name, first, values);
    }

    /// <summary>The span of days all of <paramref name="parts"/> have, or null when they share none.</summary>
    public static (DateOnly Start, DateOnly End)? Overlap(IReadOnlyList<DailySeries> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return null;
        }
        var start = parts.Max(p => p.Start);
        var end = parts.Min(p => p.End);
        return end < start ? null : (start, end);
    }

    /// <summary>Sums several series day by day over their common span; a day missing in any of them is missing in the sum.</summary>
    public static DailySeries Sum(string name, IReadOnlyList<DailySeries> parts)
    {
        if (Overlap(parts) is not { } span)
        {
            throw new ArgumentException($"The series summed into '{name}' share no days.", nameof(parts));
        }
        var (start, end) = span;
        var values = new double[end.DayNumber - start.DayNumber + 1];
        for (var i = 0; i < values.Length; i++)
        {
            var date = start.AddDays(i);
            values[i] = parts.Sum(p => p[p.IndexOf(date)]);
        }
        return new DailySeries(name, start, values);
    }
}
