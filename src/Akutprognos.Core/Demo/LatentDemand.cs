using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Demo;

/// <summary>
/// The regional daily demand <c>I(d) = C(d)·L(d)</c>: a calendar part C that a calendar-only model can learn,
/// and an illness part L that only recent arrivals and the web signal reveal. See <see cref="DemoRegion"/>.
/// </summary>
internal sealed class LatentDemand
{
    /// <summary>Web traffic sees a wave this many days before the EDs do: people read about symptoms before they come.</summary>
    public const double WebLeadDays = 3;

    const double SeasonAmplitude = 0.03;
    const double ArCoefficient = 0.6;
    const double ArStationarySd = 0.035;
    const double SummerFactor = 0.91;

    // Sunday..Saturday (DayOfWeek order); mean 1. Monday is the busiest day, Saturday the quietest.
    static readonly double[] Weekday = [0.97, 1.12, 1.03, 1.00, 0.99, 1.00, 0.89];

    LatentDemand(double[] calendar, double[] illness, double[] webIllness, List<IllnessBump> bumps)
    {
        Calendar = calendar;
        Illness = illness;
        WebIllness = webIllness;
        Bumps = bumps;
    }

    /// <summary>C(d) for each demo day.</summary>
    public double[] Calendar { get; }

    /// <summary>L(d) for each demo day and one more: the day after the last, which the last evening's web traffic foretells.</summary>
    public double[] Illness { get; }

    /// <summary>The illness the web sees on day d: L(d) with waves shifted <see cref="WebLeadDays"/> earlier. Same length as <see cref="Illness"/>.</summary>
    public double[] WebIllness { get; }

    /// <summary>The waves and outbreaks planted, in time order.</summary>
    public IReadOnlyList<IllnessBump> Bumps { get; }

    public static LatentDemand Draw(DemoDay[] days, int seed)
    {
        var first = days[0].Date;
        var last = days[^1].Date.AddDays(1);
        var bumps = IllnessBump.Waves(DemoRandom.For(seed, 1), first, last);
        bumps.AddRange(IllnessBump.Outbreaks(DemoRandom.For(seed, 2), first, last));
        bumps.Sort((a, b) => a.PeakDay.CompareTo(b.PeakDay));

        var noise = DemoRandom.For(seed, 3);
        var innovationSd = ArStationarySd * Math.Sqrt(1 - (ArCoefficient * ArCoefficient));
        var ar = Normal.Sample(noise, 0, ArStationarySd);
        var illness = new double[days.Length + 1];
        var web = new double[days.Length + 1];
        for (var i = 0; i < illness.Length; i++)
        {
            var t = (double)(first.DayNumber + i);
            var date = first.AddDays(i);
            var season = SeasonAmplitude * Math.Cos(2 * Math.PI * (date.DayOfYear - 20) / 365.25);
            double now = 1 + season, ahead = now;
            foreach (var bump in bumps)
            {
                now += bump.At(t);
                ahead += bump.At(bump.Kind == DemoEventKind.InfectionWave ? t + WebLeadDays : t);
            }
            var level = Math.Exp(ar);
            illness[i] = now * level;
            web[i] = ahead * level;
            ar = (ArCoefficient * ar) + Normal.Sample(noise, 0, innovationSd);
        }
        return new LatentDemand(Array.ConvertAll(days, CalendarFactor), illness, web, bumps);
    }

    static double CalendarFactor(DemoDay day)
    {
        var c = day.Calendar;
        var factor = c.IsHoliday || c.IsEve ? Weekday[(int)DayOfWeek.Sunday] : Weekday[(int)day.Date.DayOfWeek];
        if (c.IsEve)
        {
            factor *= 0.88;
        }
        else if (c.IsHoliday)
        {
            factor *= 0.98;
        }
        else if (c.IsChristmasNewYear)
        {
            factor *= 0.96;
        }
        if (c.IsDayAfterHoliday)
        {
            factor *= 1.10;
        }
        if (c.IsBridgeDay)
        {
            factor *= 0.97;
        }
        return c.IsSummer ? factor * SummerFactor : factor;
    }
}
