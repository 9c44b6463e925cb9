using System.Diagnostics;
using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Staffing;

// The demo region's seven EDs (about 1,900 arrivals a day) with an ED-shaped day, 3 roles x 24 hours each:
// requirements, the optimal shifts and the roster changes (two integer programs per site and role), timed whole.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var zone = LocalDays.Stockholm;
var day = new DateOnly(2025, 3, 14);
double[] shape = [3.2, 2.7, 2.2, 1.9, 1.7, 1.8, 2.2, 3.0, 4.6, 5.8, 6.3, 6.3, 6.1, 6.0, 5.8, 5.6, 5.5, 5.6, 5.6, 5.3, 4.8, 4.3, 3.9, 3.5];
(string Site, double PerDay)[] sites =
[
    ("Södersjukhuset", 400), ("Karolinska Huddinge", 340), ("Danderyd", 330), ("Karolinska Solna", 320),
    ("S:t Göran", 300), ("Södertälje", 135), ("Norrtälje", 75),
];
var hours = LocalDays.HoursOf(day, zone);
var forecasts = sites.Select(s => new DayForecast(s.Site, day, "bench", s.PerDay, new(s.PerDay * 0.9, s.PerDay * 1.1), new(s.PerDay * 0.85, s.PerDay * 1.15), null,
    [.. hours.Select((h, i) =>
    {
        var mean = s.PerDay * shape[i] / shape.Sum();
        return new HourForecast(h, mean, new(mean * 0.7, mean * 1.35), new(mean * 0.5, mean * 1.6));
    })])).ToList();
var configuration = StaffingConfiguration.Default;
var roster = DemoRoster.For(day, zone, forecasts, configuration);

// The first plan loads OR-Tools' native library and JIT-compiles; it is reported apart from the steady runs.
var first = Stopwatch.StartNew();
var plan = StaffingPlanner.Plan(day, zone, forecasts, configuration, roster);
var cold = first.Elapsed.TotalMilliseconds;
var times = new List<double>();
for (var r = 0; r < runs; r++)
{
    var watch = Stopwatch.StartNew();
    plan = StaffingPlanner.Plan(day, zone, forecasts, configuration, roster);
    times.Add(watch.Elapsed.TotalMilliseconds);
}
times.Sort();
var changes = plan.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count));
var hoursPlanned = plan.Sites.Sum(s => s.Roles.Sum(r => r.Hours.Count));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"region plan: {plan.Sites.Count} sites x {configuration.Roles.Count} roles, {hoursPlanned} site-role-hours, {roster.Count} roster lines, {changes} changes"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"first run (native load + JIT): {cold:0.0} ms; {runs} runs: median {times[times.Count / 2]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms"));
return 0;
