namespace Akutprognos.Web.Settings;

/// <summary>What the admins set for one site: the name the pages show (empty: its code) and whether it counts in the region.</summary>
public sealed record SiteSetting(string Site, string DisplayName, bool InRegion)
{
    /// <summary>The name to show: the display name, or the code the data use.</summary>
    public string Shown => DisplayName.Length > 0 ? DisplayName : Site;
}

/// <summary>
/// Site settings in the settings table: <c>site.{code}.display-name</c> and <c>site.{code}.in-region</c> ("yes"/"no").
/// A site with nothing stored shows its code and counts in the region, as before there were settings.
/// </summary>
public static class SiteSettings
{
    const string Prefix = "site.";
    const string NameSuffix = ".display-name";
    const string RegionSuffix = ".in-region";
    const string No = "no";

    /// <summary>Longer names break the cards on a phone.</summary>
    public const int MaxNameLength = 60;

    public static string NameSetting(string site) => Prefix + site + NameSuffix;

    public static string RegionSetting(string site) => Prefix + site + RegionSuffix;

    public static SiteSetting For(string site, IReadOnlyDictionary<string, string> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(site, stored.GetValueOrDefault(NameSetting(site)) ?? "", stored.GetValueOrDefault(RegionSetting(site)) != No);
    }

    /// <summary>The setting as stored text.</summary>
    public static Dictionary<string, string> ToStored(SiteSetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return new(StringComparer.Ordinal)
        {
            [NameSetting(setting.Site)] = setting.DisplayName,
            [RegionSetting(setting.Site)] = setting.InRegion ? "yes" : No,
        };
    }

    /// <summary>The sites an admin took out of the region.</summary>
    public static IReadOnlySet<string> OutsideRegion(IReadOnlyDictionary<string, string> stored) =>
        Each(stored, RegionSuffix).Where(s => s.Value == No).Select(s => s.Site).ToHashSet(StringComparer.Ordinal);

    /// <summary>Display names by site code, for the pages; sites without one are left out.</summary>
    public static IReadOnlyDictionary<string, string> DisplayNames(IReadOnlyDictionary<string, string> stored) =>
        Each(stored, NameSuffix).Where(s => s.Value.Length > 0).ToDictionary(s => s.Site, s => s.Value, StringComparer.Ordinal);

    static IEnumerable<(string Site, string Value)> Each(IReadOnlyDictionary<string, string> stored, string suffix)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored
            .Where(s => s.Key.StartsWith(Prefix, StringComparison.Ordinal) && s.Key.EndsWith(suffix, StringComparison.Ordinal))
            .Select(s => (s.Key[Prefix.Length..^suffix.Length], s.Value));
    }

    /// <summary>Why <paramref name="displayName"/> cannot be used, or null.</summary>
    public static string? Problem(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (displayName.Length > MaxNameLength)
        {
            return "The display name is too long (at most 60 characters).";
        }
        return displayName.Any(char.IsControl) ? "The display name may not hold control characters." : null;
    }
}
