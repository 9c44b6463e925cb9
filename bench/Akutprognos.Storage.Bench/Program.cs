using System.Diagnostics;
using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Storage;

// 20 sites x 10,000 hours = 200,000 rows, about the demo data; TARGET is a new SQLite path or a PostgreSQL connection string.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Akutprognos.Storage.Bench TARGET");
    return 2;
}
var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
var rows = Enumerable.Range(0, 20)
    .SelectMany(site => Enumerable.Range(0, 10_000).Select(h => new HourlyArrivals($"Site {site:00}", start.AddHours(h), (site + h) % 23)))
    .ToList();
var changed = rows.Select(r => r with { Count = r.Count + 1 }).ToList();

using var database = AkutprognosDatabase.Open(args[0]);
Time("import, all new", () => database.ImportArrivals(rows, [], "bench"));
Time("import again, unchanged", () => database.ImportArrivals(rows, [], "bench"));
Time("import, all changed", () => database.ImportArrivals(changed, [], "bench"));
Time("read hourly", () => database.HourlyArrivals().Count);
Time("read daily (Stockholm)", () => database.DailyArrivals(LocalDays.Stockholm).Count);
return 0;

void Time<T>(string what, Func<T> run)
{
    var watch = Stopwatch.StartNew();
    var result = run();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{database.Description}: {what}: {watch.Elapsed.TotalSeconds:0.000} s ({result})"));
}
