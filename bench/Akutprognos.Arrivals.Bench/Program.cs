using System.Diagnostics;
using System.Globalization;
using System.Text;
using Akutprognos.Core.Calendar;

// Writes ROWS visits (default 1,000,000; 7 sites over 400 days) as a Swedish Excel CSV (arrival;site;id,
// Windows-1252, dd.mm.yyyy HH:MM) into FOLDER, then runs the real command twice on a new SQLite database:
// the first import and an unchanged re-import. Wall clock and peak RSS come from GNU time (/usr/bin/time).
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Akutprognos.Arrivals.Bench FOLDER [ROWS]");
    return 2;
}
var folder = Directory.CreateDirectory(args[0]).FullName;
var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var csv = Path.Combine(folder, "besok.csv");
var database = Path.Combine(folder, "bench.db");
foreach (var stale in new[] { database, database + "-wal", database + "-shm" })
{
    File.Delete(stale);
}

var watch = Stopwatch.StartNew();
Generate(csv, rows);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"generated {rows:N0} visit rows, {new FileInfo(csv).Length / 1e6:0.0} MB, in {watch.Elapsed.TotalSeconds:0.0} s: {csv}"));
Measure("first import", csv, database, folder);
Measure("same file again", csv, database, folder);
return 0;

static void Generate(string path, int rows)
{
    string[] sites = ["Södersjukhuset", "Karolinska Solna", "Karolinska Huddinge", "Danderyds sjukhus", "S:t Görans sjukhus", "Södertälje sjukhus", "Norrtälje sjukhus"];
    var random = new Random(7);
    var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    var minutes = 400 * 24 * 60;
    Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    using var writer = new StreamWriter(path, false, Encoding.GetEncoding(1252), 1 << 20);
    writer.Write("arrival;site;id\r\n");
    for (var i = 0; i < rows; i++)
    {
        // Rows in time order, as an export lists them.
        var arrival = start.AddMinutes((long)i * minutes / rows);
        var local = TimeZoneInfo.ConvertTime(arrival, LocalDays.Stockholm);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{local:dd.MM.yyyy HH:mm};{sites[random.Next(sites.Length)]};B{i:0000000}\r\n"));
    }
}

static void Measure(string what, string csv, string database, string folder)
{
    var cli = Path.Combine(AppContext.BaseDirectory, "akutprognos.dll");
    var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var arg in new[] { "-f", "%e s wall, %M KB peak RSS", "dotnet", cli, "ingest", "arrivals", csv, "--db", database, "--key-file", Path.Combine(folder, "visit-id.key") })
    {
        start.ArgumentList.Add(arg);
    }
    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEnd();
    process.WaitForExit();
    var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    Console.WriteLine($"{what}: exit {process.ExitCode}, {lines[^1]}");
    foreach (var line in lines[..^1].Where(l => !l.StartsWith("warning", StringComparison.Ordinal)))
    {
        Console.WriteLine("  " + line);
    }
}
