using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Health;

/// <summary>
/// Checks one site's hourly arrivals for the three ways a feed goes wrong: gaps (empty hours where the site
/// is practically never empty), level changes (the daily mean jumps and stays) and late feeds (nothing new
/// for too long). Pure: the caller passes the clock reading and the completeness of the days.
/// </summary>
public static class ArrivalsHealth
{
    /// <summary>
    /// The findings for <paramref name="hours"/> (one site, any order; hours between the first and last row
    /// without a row count as empty). Days after <paramref name="completeThrough"/> are left out of the level
    /// check, since a half-exported day would look like a drop.
    /// </summary>
    /// <param name="site">The site the hours belong to.</param>
    /// <param name="hours">Its hourly arrivals (UTC hour starts).</param>
    /// <param name="completeThrough">The last complete local date, or null when every stored day is complete.</param>
    /// <param name="now">The current instant, for late feeds.</param>
    /// <param name="zone">The zone of local hours of day and local dates.</param>
    /// <param name="options">Thresholds; the defaults when null.</param>
    public static IReadOnlyList<HealthFinding> Check(
        string site, IReadOnlyCollection<HourlyArrivals> hours, DateOnly? completeThrough, DateTimeOffset now, TimeZoneInfo zone, HealthOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        options ??= new HealthOptions();
        if (hours.Count == 0)
        {
            return [];
        }
        var first = hours.Min(h => h.Hour);
        var counts = new int[(int)((hours.Max(h => h.Hour) - first).TotalHours) + 1];
        foreach (var hour in hours)
        {
            counts[(int)(hour.Hour - first).TotalHours] += hour.Count;
        }
        var findings = new List<HealthFinding>();
        findings.AddRange(Gaps(site, first, counts, zone, options));
        findings.AddRange(LevelChanges(site, first, counts, completeThrough, zone, options));
        if (Late(site, first, counts, now, zone, options) is { } late)
        {
            findings.Add(late);
        }
        return findings;
    }

    static IEnumerable<HealthFinding> Gaps(string site, DateTimeOffset first, int[] counts, TimeZoneInfo zone, HealthOptions options)
    {
        var localHour = new int[counts.Length];
        var sums = new double[24];
        var seen = new int[24];
        for (var i = 0; i < counts.Length; i++)
        {
            localHour[i] = TimeZoneInfo.ConvertTime(first.AddHours(i), zone).Hour;
            sums[localHour[i]] += counts[i];
            seen[localHour[i]]++;
        }
        var usual = sums.Select((sum, h) => seen[h] == 0 ? 0 : sum / seen[h]).ToArray();
        for (var start = 0; start < counts.Length; start++)
        {
            if (counts[start] != 0)
            {
                continue;
            }
            var end = start;
            var expected = 0.0;
            while (end < counts.Length && counts[end] == 0)
            {
                expected += usual[localHour[end]];
                end++;
            }
            if (expected >= options.GapMinExpectedArrivals)
            {
                yield return new HealthFinding(site, HealthKind.Gap, first.AddHours(start), first.AddHours(end),
                    string.Create(CultureInfo.InvariantCulture, $"no arrivals for {end - start} h where about {expected:0} are usual"));
            }
            start = end;
        }
    }

    static IEnumerable<HealthFinding> LevelChanges(
        string site, DateTimeOffset first, int[] counts, DateOnly? completeThrough, TimeZoneInfo zone, HealthOptions options)
    {
        var byDate = new SortedDictionary<DateOnly, double>();
        for (var i = 0; i < counts.Length; i++)
        {
            var date = LocalDays.DateOf(first.AddHours(i), zone);
            byDate[date] = byDate.GetValueOrDefault(date) + counts[i];
        }
        // The first and last stored days are usually partial; so are days not yet closed.
        var days = byDate.Skip(1).SkipLast(1).Where(d => completeThrough is null || d.Key <= completeThrough).ToArray();
        var (before, after) = (options.LevelBeforeDays, options.LevelAfterDays);
        for (var t = before; t + after <= days.Length; t++)
        {
            var z = Shift(days, t, before, after, out var oldMean, out var newMean);
            if (Math.Abs(z) < options.LevelMinZ || Math.Abs(newMean / oldMean - 1) < options.LevelMinRelativeChange)
            {
                continue;
            }
            // The change shows for a week of candidate days; the strongest one dates it.
            var best = Enumerable.Range(t, Math.Min(after, days.Length - after - t + 1))
                .MaxBy(c => Math.Abs(Shift(days, c, before, after, out _, out _)));
            Shift(days, best, before, after, out oldMean, out newMean);
            var day = days[best].Key;
            yield return new HealthFinding(site, HealthKind.LevelChange, LocalDays.StartOf(day, zone), LocalDays.StartOf(day.AddDays(1), zone),
                string.Create(CultureInfo.InvariantCulture, $"daily arrivals went from {oldMean:0.#} to {newMean:0.#} ({(newMean / oldMean - 1) * 100:+0;-0}%) from {day:yyyy-MM-dd}"));
            t = best + before;
        }
    }

    /// <summary>The change of the mean in Poisson standard errors: (after − before) / √(before/nAfter + before/nBefore).</summary>
    static double Shift(KeyValuePair<DateOnly, double>[] days, int t, int before, int after, out double oldMean, out double newMean)
    {
        oldMean = days.Skip(t - before).Take(before).Average(d => d.Value);
        newMean = days.Skip(t).Take(after).Average(d => d.Value);
        return oldMean <= 0 ? 0 : (newMean - oldMean) / Math.Sqrt(oldMean / after + oldMean / before);
    }

    static HealthFinding? Late(string site, DateTimeOffset first, int[] counts, DateTimeOffset now, TimeZoneInfo zone, HealthOptions options)
    {
        var last = Array.FindLastIndex(counts, c => c > 0);
        if (last < 0)
        {
            return null;
        }
        var newestEnd = first.AddHours(last + 1);
        if (now - newestEnd <= options.LateAfter)
        {
            return null;
        }
        var local = TimeZoneInfo.ConvertTime(newestEnd, zone);
        return new HealthFinding(site, HealthKind.LateFeed, newestEnd, newestEnd,
            string.Create(CultureInfo.InvariantCulture, $"no arrivals stored after {local:yyyy-MM-dd HH:mm}"));
    }

    /// <summary>
    /// Local days among the <paramref name="days"/> before <paramref name="today"/> with fewer hours of data than the day
    /// has (23, 24 or 25): the gaps the data-health page counts.
    /// </summary>
    public static int GapDays(IEnumerable<DateTimeOffset> hours, DateOnly today, int days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var first = today.AddDays(-days);
        var perDay = hours.Select(h => LocalDays.DateOf(h, zone)).Where(d => d >= first && d < today)
            .GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, days).Select(first.AddDays).Count(d => perDay.GetValueOrDefault(d) < LocalDays.HoursOf(d, zone).Count);
    }
}
