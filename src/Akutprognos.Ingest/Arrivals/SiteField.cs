using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>The site of each row: from the site column, or the default site name when there is none.</summary>
internal sealed class SiteField(int ordinal, string? defaultSite)
{
    // One string per distinct site instead of one per row: a per-visit file repeats a handful of names a million times.
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Read(CsvInput input)
    {
        if (ordinal < 0)
        {
            return defaultSite!;
        }
        var text = input.Field(ordinal);
        if (text.IsEmpty)
        {
            throw input.Error("the site is empty; every row needs the ED it belongs to.");
        }
        if (!names.TryGetValue(text, out var name))
        {
            name = text.ToString();
            names.Dictionary[name] = name;
        }
        return name;
    }
}
