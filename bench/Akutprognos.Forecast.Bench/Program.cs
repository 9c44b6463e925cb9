using System.Globalization;
using System.Text;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;

// Writes a generated region as CSV: FOLDER/arrivals.csv (site,timestamp,count: seven EDs, hourly) and
// FOLDER/visitors.csv (hour,visitors), YEARS years ending on a fixed date so every run measures the same data.
// On top of the demo's audience growth, outages and media evenings, the website is relaunched RELAUNCH_DAYS
// before the end: from then on every hour has 1.6 times the visitors, which a model must not read as illness.
if (args.Length is < 1 or > 4)
{
    Console.Error.WriteLine("usage: Akutprognos.Forecast.Bench FOLDER [YEARS=5] [SEED=2015] [RELAUNCH_DAYS=300]");
    return 2;
}
var folder = args[0];
var years = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2015;
var relaunchDays = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
var lastDay = new DateOnly(2025, 12, 31);
var zone = LocalDays.Stockholm;
var data = DemoRegion.Generate(new DemoOptions(lastDay) { Years = years, Seed = seed }, HolidayCalendars.ForCode("SE"));
var relaunch = LocalDays.StartOf(lastDay.AddDays(-relaunchDays), zone);
Directory.CreateDirectory(folder);

var arrivals = new StringBuilder("site,timestamp,count\n");
foreach (var a in data.Arrivals)
{
    arrivals.Append(CultureInfo.InvariantCulture, $"{a.Site},{Local(a.Hour)},{a.Count}\n");
}
File.WriteAllText(Path.Combine(folder, "arrivals.csv"), arrivals.ToString());

var visitors = new StringBuilder("hour,visitors\n");
foreach (var v in data.Visitors)
{
    var count = v.Hour >= relaunch ? (int)Math.Round(v.Visitors * 1.6) : v.Visitors;
    visitors.Append(CultureInfo.InvariantCulture, $"{Local(v.Hour)},{count}\n");
}
File.WriteAllText(Path.Combine(folder, "visitors.csv"), visitors.ToString());
Console.Error.WriteLine($"{folder}: {data.Arrivals.Count:N0} arrival hours, {data.Visitors.Count:N0} visitor hours, {years} years to {lastDay:yyyy-MM-dd}, relaunch {relaunchDays} days before the end");
return 0;

string Local(DateTimeOffset hour) => TimeZoneInfo.ConvertTime(hour, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
