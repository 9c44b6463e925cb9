using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// The site of each row: from the site column mapped through the configured sites and aliases, or the default
/// site name when there is no column.
/// </summary>
internal sealed class SiteField(int ordinal, string? defaultSite, SiteDirectory directory)
{
    // One string per distinct site instead of one per row: a per-visit file repeats a handful of names a million times.
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Read(CsvInput input)
    {
        var text = ordinal < 0 ? defaultSite.AsSpan() : input.Field(ordinal);
        if (text.IsEmpty)
        {
            throw input.Error("the site is empty; every row needs the ED it belongs to.");
        }
        if (!names.TryGetValue(text, out var name))
        {
            var written = text.ToString();
            name = directory.Resolve(written)
                ?? throw input.Error($"unknown site '{written}'; the configured sites are {directory.Listing()} (add it, or an alias, to the import profile).");
            names.Dictionary[written] = name;
        }
        return name;
    }
}
