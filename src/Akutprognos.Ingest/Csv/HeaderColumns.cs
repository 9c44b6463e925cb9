namespace Akutprognos.Ingest.Csv;

/// <summary>Finds columns by name in a header, ignoring case and surrounding spaces; tracks which ones were used.</summary>
internal sealed class HeaderColumns(CsvInput input)
{
    readonly HashSet<int> used = [];

    /// <summary>The column named <paramref name="name"/>, or -1. A name that two columns share is an error.</summary>
    public int Find(string name)
    {
        var found = -1;
        for (var i = 0; i < input.Header.Count; i++)
        {
            if (!string.Equals(input.Header[i], name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (found >= 0)
            {
                throw new InputException(input.File, 1, $"the header names the column '{name}' twice, so it is not clear which one to read.");
            }
            found = i;
        }
        if (found >= 0)
        {
            used.Add(found);
        }
        return found;
    }

    /// <summary>The column a caller named explicitly (a column-mapping option): it must exist.</summary>
    public int Require(string name, string role)
    {
        var found = Find(name);
        return found >= 0
            ? found
            : throw new InputException(input.File, 1, $"there is no column '{name}' for the {role}; the header has {Listing()}.");
    }

    /// <summary>The header's column names, quoted, for messages.</summary>
    public string Listing() => string.Join(", ", input.Header.Select(h => $"'{h}'"));

    /// <summary>Warns once about columns nothing reads, so a mistyped name does not pass silently.</summary>
    public void WarnUnused()
    {
        var unused = input.Header.Where((_, i) => !used.Contains(i)).ToArray();
        if (unused.Length > 0)
        {
            input.WarnFile($"ignored column(s) {string.Join(", ", unused.Select(h => $"'{h}'"))}.");
        }
    }
}
