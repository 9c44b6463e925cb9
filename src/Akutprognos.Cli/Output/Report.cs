using Akutprognos.Ingest.Csv;

namespace Akutprognos.Cli.Output;

/// <summary>Messages for people on stderr, so that stdout carries only results.</summary>
static class Report
{
    public static void Read(string path, ReadReport report)
    {
        var duplicates = report.DuplicateRowsDropped > 0 ? $", {report.DuplicateRowsDropped} repeated rows counted once" : "";
        Console.Error.WriteLine($"{path}: {report.RowsRead} rows, {report.Dialect}{duplicates}");
        foreach (var warning in report.Warnings.Take(10))
        {
            Console.Error.WriteLine($"warning: {warning}");
        }
        if (report.Warnings.Count > 10)
        {
            Console.Error.WriteLine($"warning: … and {report.Warnings.Count - 10} more");
        }
    }

    public static void Line(string message) => Console.Error.WriteLine(message);
}
