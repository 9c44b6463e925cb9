using Akutprognos.Core.Forecasting;

namespace Akutprognos.Web.Settings;

/// <summary>
/// The names people read for the series: the display name an admin gave an ED on Settings → Sites, or its code when
/// none is set. The region is not a site and keeps its own label. Machine fields (API <c>series</c>, keys) keep the code.
/// </summary>
public sealed class SiteNames
{
    /// <summary>The region's label where no translation applies: notices and the APIs.</summary>
    public const string RegionLabel = "Region (all EDs)";

    readonly IReadOnlyDictionary<string, string> displayNames;

    SiteNames(IReadOnlyDictionary<string, string> displayNames) => this.displayNames = displayNames;

    /// <summary>No display names: every ED shows its code.</summary>
    public static SiteNames None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The names in the stored settings (<see cref="SiteSettings.DisplayNames"/>).</summary>
    public static SiteNames From(IReadOnlyDictionary<string, string> stored) => new(SiteSettings.DisplayNames(stored));

    /// <summary>The display name an admin gave <paramref name="site"/>, or null when it has none.</summary>
    public string? DisplayName(string site) => displayNames.GetValueOrDefault(site);

    /// <summary>The name to show for <paramref name="series"/>: <paramref name="regionLabel"/> for the region, else the display name or the code.</summary>
    public string Shown(string series, string regionLabel = RegionLabel) =>
        series == DayForecast.RegionSeries ? regionLabel : DisplayName(series) ?? series;
}
