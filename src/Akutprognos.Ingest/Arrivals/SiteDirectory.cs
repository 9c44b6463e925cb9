namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// The configured sites and the other names exports use for them (codes, abbreviations), compared without
/// regard to case or surrounding spaces. With <see cref="OnlyKnown"/> a name that is neither a site nor an
/// alias is an error; otherwise it is a new site, named as written.
/// </summary>
public sealed class SiteDirectory
{
    readonly Dictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="aliasesBySite">Each configured site's name and its aliases.</param>
    /// <param name="onlyKnown">Refuse names that are not configured.</param>
    public SiteDirectory(IReadOnlyDictionary<string, IReadOnlyList<string>> aliasesBySite, bool onlyKnown)
    {
        ArgumentNullException.ThrowIfNull(aliasesBySite);
        foreach (var (site, aliases) in aliasesBySite)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(site);
            foreach (var name in aliases.Prepend(site))
            {
                if (names.TryGetValue(name.Trim(), out var other) && other != site.Trim())
                {
                    throw new ArgumentException($"'{name}' is an alias of both {other} and {site}.", nameof(aliasesBySite));
                }
                names[name.Trim()] = site.Trim();
            }
        }
        OnlyKnown = onlyKnown;
        Sites = [.. aliasesBySite.Keys.Select(s => s.Trim()).Order(StringComparer.Ordinal)];
    }

    /// <summary>No aliases, every name accepted.</summary>
    public static SiteDirectory Open { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), onlyKnown: false);

    public bool OnlyKnown { get; }

    /// <summary>The configured site names, ordinal order.</summary>
    public IReadOnlyList<string> Sites { get; }

    /// <summary>The configured site that <paramref name="written"/> stands for; the name itself when not configured and allowed; else null.</summary>
    public string? Resolve(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return names.TryGetValue(written.Trim(), out var site) ? site : OnlyKnown ? null : written.Trim();
    }

    /// <summary>For messages: the configured sites, quoted.</summary>
    public string Listing() => string.Join(", ", Sites.Select(s => $"'{s}'"));
}
