namespace Akutprognos.Ingest.Csv;

/// <summary>
/// An input file that cannot be read as it stands. The message reads <c>FILE:LINE: problem</c> (or
/// <c>FILE: problem</c> when no single line is at fault), one sentence an analyst can act on.
/// Lines are 1-based physical lines; the header is line 1.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, int? line, string problem)
        : base(line is null ? $"{file}: {problem}" : $"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file as the caller named it.</summary>
    public string File { get; }

    /// <summary>The 1-based physical line at fault, or null when the problem is the file as a whole.</summary>
    public int? Line { get; }

    /// <summary>The problem alone, without file and line.</summary>
    public string Problem { get; }
}
