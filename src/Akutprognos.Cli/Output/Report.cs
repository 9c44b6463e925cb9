using Akutprognos.Ingest.Csv;
using Akutprognos.Pipeline.Imports;

namespace Akutprognos.Cli.Output;

/// <summary>Messages for people on stderr, so that stdout carries only results.</summary>
static class Report
{
    public static void Read(string path, ReadReport report)
    {
        foreach (var line in ReadNotes.Lines(path, report))
        {
            Console.Error.WriteLine(line);
        }
    }

    public static void Line(string message) => Console.Error.WriteLine(message);
}
