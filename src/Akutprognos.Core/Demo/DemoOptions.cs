using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Demo;

/// <summary>What <see cref="DemoRegion.Generate"/> builds: which seed, which days, which time zone.</summary>
public sealed record DemoOptions
{
    /// <summary>The generator has no clock: the caller says which local date is "today".</summary>
    /// <param name="lastDay">The last local date with arrivals (inclusive), usually today.</param>
    public DemoOptions(DateOnly lastDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastDay, new DateOnly(1900, 1, 1));
        LastDay = lastDay;
    }

    /// <summary>Seed of every random draw; the same options always give identical data. Default 2015.</summary>
    public int Seed { get; init; } = 2015;

    /// <summary>The last local date with arrivals (inclusive).</summary>
    public DateOnly LastDay { get; }

    /// <summary>Whole years of history ending on <see cref="LastDay"/>; at least 3 (the models need two winters to learn from and one to test on). Default 3.</summary>
    public int Years
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 3);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 30);
            field = value;
        }
    } = 3;

    /// <summary>The region's time zone; local days and hours are read in it. Default Europe/Stockholm.</summary>
    public TimeZoneInfo Zone
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = LocalDays.Stockholm;

    /// <summary>The first local date with arrivals: the day after <see cref="LastDay"/> minus <see cref="Years"/> years.</summary>
    public DateOnly FirstDay => LastDay.AddYears(-Years).AddDays(1);
}
