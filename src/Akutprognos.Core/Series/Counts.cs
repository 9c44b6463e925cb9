namespace Akutprognos.Core.Series;

/// <summary>Arrivals at one site (ED) in the hour starting at <see cref="Hour"/> (a UTC instant on the hour).</summary>
public readonly record struct HourlyArrivals(string Site, DateTimeOffset Hour, int Count);

/// <summary>Arrivals at one site on one local date, where only daily totals are known.</summary>
public readonly record struct DailyArrivals(string Site, DateOnly Date, int Count);

/// <summary>Distinct web visitors of a named signal (e.g. "all") in the hour starting at <see cref="Hour"/> (UTC).</summary>
public readonly record struct HourlyVisitors(string Signal, DateTimeOffset Hour, int Visitors);

/// <summary>An emergency department. <see cref="Name"/> is what people call it ("Södersjukhuset").</summary>
public sealed record Site
{
    /// <param name="name">The site's name; surrounding white space is trimmed.</param>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public Site(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>The trimmed name, e.g. "Södersjukhuset".</summary>
    public string Name { get; }
}
