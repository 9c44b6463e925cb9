using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Core.Tests.Staffing;

public sealed class ShiftCoverTests
{
    static readonly DateOnly Day = new(2025, 1, 15);

    static ShiftTemplate Shift(string text) => ShiftTemplate.TryParse(text, out var t) ? t! : throw new ArgumentException(text);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Plan_SmallDay_ReachesTheBruteForceOptimum(int seed)
    {
        var zone = TimeZoneInfo.Utc;
        var hours = LocalDays.HoursOf(Day, zone);
        var templates = new[] { "00-08", "08-16", "16-00", "06-14", "14-22", "22-06" }.Select(Shift).ToList();
        var candidates = ShiftCover.Candidates(Day, hours, templates, zone);
        var random = new Random(seed);
        var required = hours.Select(_ => random.Next(0, 4)).ToArray();

        var plan = ShiftCover.Plan(hours, required, candidates);

        var cost = plan.Sum(s => s.Shift.Hours * s.Count);
        Assert.Equal(BruteForceCost(hours, required, candidates, 3), cost, 9);
        var duty = ShiftCover.OnDuty(hours, plan.Select(s => ((Func<DateTimeOffset, bool>)s.Shift.Covers, s.Count)));
        Assert.All(Enumerable.Range(0, hours.Count), h => Assert.True(duty[h] >= required[h]));
    }

    [Fact]
    public void Plan_HandCase_FindsTheOptimumAGreedyCoverMisses()
    {
        // Need 1 in 08–12, 2 in 12–16, 1 in 16–20. Taking the widest shift first (08–20) forces a second 8-hour
        // shift: 20 staff-hours. 08–16 plus 12–20 covers it in 16.
        var zone = TimeZoneInfo.Utc;
        var hours = LocalDays.HoursOf(Day, zone);
        var templates = new[] { "08-20", "08-16", "12-20", "20-08" }.Select(Shift).ToList();
        var required = hours.Select(h => h.Hour switch { >= 12 and < 16 => 2, >= 8 and < 20 => 1, _ => 0 }).ToArray();

        var plan = ShiftCover.Plan(hours, required, ShiftCover.Candidates(Day, hours, templates, zone));

        Assert.Equal(["08–16 ×1", "12–20 ×1"], plan.Select(s => $"{s.Shift.Template.Label} ×{s.Count}"));
        Assert.Equal(16, plan.Sum(s => s.Shift.Hours * s.Count), 9);
    }

    [Fact]
    public void CheckCovers_GapInTheAfternoon_NamesIt()
    {
        var e = Assert.Throws<ArgumentException>(() => RolePolicy.CheckCovers("doctor", [Shift("07-14"), Shift("16-07")], "Danderyd"));

        Assert.Contains("doctor shifts at Danderyd (07–14, 16–07) leave 14:00–16:00 uncovered", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-03-31", 23, 9.5, 38.0)]
    [InlineData("2024-10-27", 25, 11.5, 40.0)]
    [InlineData("2024-06-12", 24, 10.5, 39.0)]
    public void Plan_DaylightSavingNights_CoverEveryRealHourAtRealLength(string date, int hourCount, double nightHours, double staffHours)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var zone = LocalDays.Stockholm;
        var hours = LocalDays.HoursOf(day, zone);
        var templates = StaffingConfiguration.Default.Role("doctor")!.Templates;

        var plan = ShiftCover.Plan(hours, [.. hours.Select(_ => 1)], ShiftCover.Candidates(day, hours, templates, zone));

        Assert.Equal(hourCount, hours.Count);
        var night = Assert.Single(plan, s => s.Shift.Start < LocalDays.StartOf(day, zone));
        Assert.Equal(nightHours, night.Shift.Hours, 9);
        Assert.Equal(staffHours, plan.Sum(s => s.Shift.Hours * s.Count), 9);
        var duty = ShiftCover.OnDuty(hours, plan.Select(s => ((Func<DateTimeOffset, bool>)s.Shift.Covers, s.Count)));
        Assert.All(duty, d => Assert.True(d >= 1));
    }

    [Fact]
    public void CheckCovers_NoNightShift_NamesTheUncoveredHours()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new RolePolicy("nurse", StaffingMethod.PatientRatio, [Shift("07-16"), Shift("13-22")], stayMinutes: 240, patientsPerStaff: 4));

        Assert.Contains("22:00–07:00 uncovered", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCovers_NightShiftEndingAtHalfPast_LeavesNoHourOpen()
    {
        RolePolicy.CheckCovers("doctor", [Shift("07-16"), Shift("13-22"), Shift("21-07:30")], null);
    }

    [Theory]
    [InlineData("21:00-07:30", 21, 0, 7, 30, "21–07:30")]
    [InlineData("7-16", 7, 0, 16, 0, "07–16")]
    [InlineData("13:00–22:00", 13, 0, 22, 0, "13–22")]
    public void TryParse_ClockTimes_ReadsStartAndEnd(string text, int h0, int m0, int h1, int m1, string label)
    {
        Assert.True(ShiftTemplate.TryParse(text, out var t));
        Assert.Equal(new TimeOnly(h0, m0), t!.Start);
        Assert.Equal(new TimeOnly(h1, m1), t.End);
        Assert.Equal(label, t.Label);
    }

    [Theory]
    [InlineData("07-07")]
    [InlineData("7")]
    [InlineData("25-07")]
    public void TryParse_Nonsense_IsRefused(string text) => Assert.False(ShiftTemplate.TryParse(text, out _));

    static double BruteForceCost(IReadOnlyList<DateTimeOffset> hours, int[] required, IReadOnlyList<ShiftInstance> candidates, int most)
    {
        var best = double.PositiveInfinity;
        var counts = new int[candidates.Count];
        while (true)
        {
            var ok = true;
            for (var h = 0; h < hours.Count && ok; h++)
            {
                var duty = 0;
                for (var j = 0; j < counts.Length; j++)
                {
                    duty += candidates[j].Covers(hours[h]) ? counts[j] : 0;
                }
                ok = duty >= required[h];
            }
            if (ok)
            {
                best = Math.Min(best, counts.Select((c, j) => c * candidates[j].Hours).Sum());
            }
            var k = 0;
            while (k < counts.Length && ++counts[k] > most)
            {
                counts[k++] = 0;
            }
            if (k == counts.Length)
            {
                return best;
            }
        }
    }
}
