namespace Akutprognos.Pipeline.Imports;

/// <summary>
/// Where an import's messages for people go (what was read, warnings, data health): the command line writes them to
/// stderr, the web collects them for the page.
/// </summary>
public interface IImportNotes
{
    /// <summary>One line for people.</summary>
    void Line(string message);
}

/// <summary>Notes kept in a list, for a host that shows them later (the web) and for tests.</summary>
public sealed class CollectedNotes : IImportNotes
{
    readonly List<string> lines = [];

    /// <summary>The lines so far.</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <inheritdoc/>
    public void Line(string message) => lines.Add(message);
}

/// <summary>The lines people read about one file that was read: rows and dialect, then the first warnings.</summary>
public static class ReadNotes
{
    /// <summary>How many warnings are shown before "… and N more".</summary>
    const int MaxWarnings = 10;

    /// <summary>The lines for <paramref name="path"/> read as <paramref name="report"/> says.</summary>
    public static IEnumerable<string> Lines(string path, Ingest.Csv.ReadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var duplicates = report.DuplicateRowsDropped > 0 ? $", {report.DuplicateRowsDropped} repeated rows counted once" : "";
        yield return $"{path}: {report.RowsRead} rows, {report.Dialect}{duplicates}";
        foreach (var warning in report.Warnings.Take(MaxWarnings))
        {
            yield return $"warning: {warning}";
        }
        if (report.Warnings.Count > MaxWarnings)
        {
            yield return $"warning: … and {report.Warnings.Count - MaxWarnings} more";
        }
    }
}
