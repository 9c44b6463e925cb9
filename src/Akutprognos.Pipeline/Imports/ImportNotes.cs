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
