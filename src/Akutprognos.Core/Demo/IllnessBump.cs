namespace Akutprognos.Core.Demo;

/// <summary>
/// A transient rise in illness: an asymmetric Gaussian in time, <c>A·exp(−½((t−peak)/s)²)</c> with
/// <c>s = rise</c> before the peak and <c>s = fall</c> after it (outbreaks and epidemics rise faster than they fade).
/// </summary>
/// <param name="Kind">A wave or an outbreak.</param>
/// <param name="Name">"influenza", "RSV" or "norovirus".</param>
/// <param name="PeakDay">Day number (<see cref="DateOnly.DayNumber"/>) of the peak; may be fractional.</param>
/// <param name="Amplitude">Relative rise at the peak, e.g. 0.15 for +15%.</param>
/// <param name="RiseDays">Standard deviation of the rising side, in days.</param>
/// <param name="FallDays">Standard deviation of the falling side, in days.</param>
internal sealed record IllnessBump(DemoEventKind Kind, string Name, double PeakDay, double Amplitude, double RiseDays, double FallDays)
{
    /// <summary>Where the bump is above about 4% of its peak.</summary>
    public (DateOnly First, DateOnly Last) Window =>
        (DateOnly.FromDayNumber((int)Math.Floor(PeakDay - (2.5 * RiseDays))),
         DateOnly.FromDayNumber((int)Math.Ceiling(PeakDay + (2.5 * FallDays))));

    public DateOnly Peak => DateOnly.FromDayNumber((int)Math.Round(PeakDay));

    public double At(double dayNumber)
    {
        var z = (dayNumber - PeakDay) / (dayNumber < PeakDay ? RiseDays : FallDays);
        return Amplitude * Math.Exp(-0.5 * z * z);
    }

    /// <summary>Each winter: an RSV wave (peak late Nov–mid Jan) and an influenza wave (peak mid Dec–early Mar).</summary>
    public static List<IllnessBump> Waves(Random random, DateOnly first, DateOnly last)
    {
        var waves = new List<IllnessBump>();
        for (var year = first.Year - 1; year <= last.Year; year++)
        {
            var rsv = new DateOnly(year, 11, 25).DayNumber + random.Uniform(0, 55);
            waves.Add(new(DemoEventKind.InfectionWave, "RSV", rsv, random.Uniform(0.08, 0.14), random.Uniform(6, 9), random.Uniform(8, 12)));
            var flu = new DateOnly(year, 12, 15).DayNumber + random.Uniform(0, 85);
            waves.Add(new(DemoEventKind.InfectionWave, "influenza", flu, random.Uniform(0.10, 0.20), random.Uniform(7, 12), random.Uniform(10, 16)));
        }
        return waves.FindAll(w => w.Window.Last >= first && w.Window.First <= last);
    }

    /// <summary>About three norovirus-like outbreaks a year, mostly November–April, each a few days long.</summary>
    public static List<IllnessBump> Outbreaks(Random random, DateOnly first, DateOnly last)
    {
        var span = last.DayNumber - first.DayNumber;
        var count = (int)Math.Round(span / 365.25 * 3);
        var outbreaks = new List<IllnessBump>();
        while (outbreaks.Count < count)
        {
            var peak = first.DayNumber + 7 + random.Uniform(0, span - 14);
            var month = DateOnly.FromDayNumber((int)peak).Month;
            var winter = month is >= 11 or <= 4;
            if (!winter && random.NextDouble() > 0.3)
            {
                continue;
            }
            outbreaks.Add(new(DemoEventKind.Outbreak, "norovirus", peak, random.Uniform(0.05, 0.15), random.Uniform(0.7, 1.2), random.Uniform(1.0, 2.0)));
        }
        return outbreaks;
    }
}
