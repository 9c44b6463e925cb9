namespace Akutprognos.Core.Series;

/// <summary>
/// What a daily series counts: one site (an ED), or a region (the sum of the sites in it). Forecasts, backtests and
/// stored rows carry the series' <see cref="Key"/>: a site's name, or for a region <c>total</c> (the first region, the
/// one every database has) or <c>total:CODE</c> (further regions). Outputs keep <c>series: "total"</c> for every
/// region and name the region beside it where a database holds more than one.
/// </summary>
public readonly record struct SeriesId
{
    /// <summary>The key of the region every database has, and the <c>series</c> every output gives a region.</summary>
    public const string RegionKey = "total";

    /// <summary>The code of the region every database has.</summary>
    public const string DefaultRegion = RegionKey;

    const string RegionPrefix = RegionKey + ":";

    SeriesId(string name, bool isRegion)
    {
        Name = name;
        IsRegion = isRegion;
    }

    /// <summary>The site's name, or the region's code.</summary>
    public string Name { get; }

    /// <summary>True for a region, false for a site.</summary>
    public bool IsRegion { get; }

    /// <summary>The key rows and outputs carry: see the type's summary.</summary>
    public string Key => !IsRegion ? Name : Name == DefaultRegion ? RegionKey : RegionPrefix + Name;

    /// <summary>A site by its name.</summary>
    public static SeriesId Site(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name, isRegion: false);
    }

    /// <summary>A region by its code (<see cref="DefaultRegion"/> for the region every database has).</summary>
    public static SeriesId Region(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new(code, isRegion: true);
    }

    /// <summary>The region every database has.</summary>
    public static SeriesId TheRegion => Region(DefaultRegion);

    /// <summary>The series a key names (the inverse of <see cref="Key"/>).</summary>
    public static SeriesId FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return key == RegionKey ? TheRegion
            : key.StartsWith(RegionPrefix, StringComparison.Ordinal) && key.Length > RegionPrefix.Length ? Region(key[RegionPrefix.Length..])
            : Site(key);
    }

    /// <summary>Whether <paramref name="key"/> names a region.</summary>
    public static bool IsRegionKey(string key) => key == RegionKey || key.StartsWith(RegionPrefix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Key;
}
