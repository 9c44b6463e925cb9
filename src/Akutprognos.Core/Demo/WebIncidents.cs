namespace Akutprognos.Core.Demo;

/// <summary>
/// What goes wrong with a web signal in real life: media stories that send readers but no patients, and
/// hours with no data at all. Placed away from waves, outbreaks, holidays and each other, so that each one
/// is a clean test of a model's robustness, and never in the last two weeks, so "tonight" always has a signal.
/// </summary>
internal sealed class WebIncidents
{
    const int Margin = 14;

    readonly HashSet<int> busy = [];

    /// <summary>Evening multiplier by day index: the evening (18–24 local) of that day gets ×2–3 visitors.</summary>
    public Dictionary<int, double> Spikes { get; } = [];

    /// <summary>Stretches of UTC hours with no rows, in time order: [Start, End).</summary>
    public List<(DateTimeOffset Start, DateTimeOffset End)> Missing { get; } = [];

    public static WebIncidents Draw(DemoDay[] days, LatentDemand demand, int seed)
    {
        var random = DemoRandom.For(seed, 4);
        var incidents = new WebIncidents();

        // A lost evening (inside 18–24), a long outage over a day and a half, a short daytime gap.
        var evening = incidents.PickDay(random, days, demand);
        var start = random.Next(18, 21);
        incidents.Cut(days[evening], h => h >= start && h < start + random.Next(2, 4));
        var outage = incidents.PickDay(random, days, demand);
        var outageStart = days[outage].Hours[random.Next(0, 20)];
        incidents.Missing.Add((outageStart, outageStart.AddHours(random.Next(30, 41))));
        incidents.busy.Add(outage + 1);
        var gap = incidents.PickDay(random, days, demand);
        var gapStart = random.Next(8, 15);
        incidents.Cut(days[gap], h => h >= gapStart && h < gapStart + random.Next(1, 4));
        incidents.Missing.Sort((a, b) => a.Start.CompareTo(b.Start));

        var spikes = random.Next(3, 6);
        for (var i = 0; i < spikes; i++)
        {
            incidents.Spikes[incidents.PickDay(random, days, demand)] = random.Uniform(2.0, 3.0);
        }
        return incidents;
    }

    void Cut(DemoDay day, Func<int, bool> localHour)
    {
        var hours = day.Hours.Where((_, j) => localHour(day.LocalHours[j])).ToList();
        Missing.Add((hours[0], hours[^1].AddHours(1)));
    }

    int PickDay(Random random, DemoDay[] days, LatentDemand demand)
    {
        for (var attempt = 0; ; attempt++)
        {
            // Thousands of misses only happen in a region with illness all year; then any free day will do.
            var i = random.Next(Margin, days.Length - Margin);
            if (IsQuiet(i, days, demand) || (attempt > 5_000 && !busy.Contains(i)))
            {
                busy.Add(i);
                return i;
            }
        }
    }

    // Quiet: no incident within a week, no illness bump nearby, an ordinary day before and after.
    bool IsQuiet(int i, DemoDay[] days, LatentDemand demand)
    {
        for (var k = i - 7; k <= i + 7; k++)
        {
            if (busy.Contains(k))
            {
                return false;
            }
        }
        var t = days[i].Date.DayNumber;
        var nearBump = demand.Bumps.Any(b => b.At(t) > 0.01 || b.At(t + 1) > 0.01 || b.At(t + LatentDemand.WebLeadDays + 1) > 0.01);
        var special = days[i].Calendar.HolidayName is not null || days[i + 1].Calendar.HolidayName is not null
            || days[i + 1].Calendar.IsDayAfterHoliday || days[i].Calendar.IsBridgeDay;
        return !nearBump && !special;
    }
}
