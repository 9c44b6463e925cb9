using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;

namespace Akutprognos.Web.Settings;

/// <summary>
/// The names people read for the series: the display name an admin gave an ED (Settings → Sites, <c>akutprognos site
/// set</c>), or its code when none is set. The region keeps its own label. Machine fields (API <c>series</c>, keys) keep the code.
/// </summary>
public sealed class SiteNames
{
    /// <summary>The region's label where no translation applies: notices and the APIs.</summary>
    public const string RegionLabel = "Region (all EDs)";

    readonly IReadOnlyDictionary<string, string> displayNames;

    SiteNames(IReadOnlyDictionary<string, string> displayNames) => this.displayNames = displayNames;

    /// <summary>No display names: every ED shows its code.</summary>
    public static SiteNames None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The display names of <paramref name="sites"/> as configured.</summary>
    public static SiteNames From(IReadOnlyList<SiteConfig> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        return new(sites.Where(s => s.DisplayName.Length > 0).ToDictionary(s => s.Name, s => s.DisplayName, StringComparer.Ordinal));
    }

    /// <summary>The display name an admin gave <paramref name="site"/>, or null when it has none.</summary>
    public string? DisplayName(string site) => displayNames.GetValueOrDefault(site);

    /// <summary>The name to show for <paramref name="series"/>: <paramref name="regionLabel"/> for a region, else the display name or the code.</summary>
    public string Shown(string series, string regionLabel = RegionLabel) =>
        SeriesId.FromKey(series) is { IsRegion: true } region
            ? region.Name == SeriesId.DefaultRegion ? regionLabel : $"{regionLabel} {region.Name}"
            : DisplayName(series) ?? series;
}
