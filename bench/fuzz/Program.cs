using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Akutprognos.Ingest.Fuzz;
using CsCheck;

// dotnet run -c Release --project bench/fuzz -- [MINUTES] [CRASH-FOLDER]
// Runs every parser target in turn, a slice of the time each, round after round, with mutated seeds and random
// bytes; an input that makes a parser throw anything but its input exception is a crash, saved to the folder.
var minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var crashFolder = Path.GetFullPath(args.Length > 1 ? args[1] : "fuzz-crashes");
var work = Directory.CreateTempSubdirectory("akutprognos-fuzz-");
var targets = ParserTargets.All(work.FullName);
var slice = TimeSpan.FromSeconds(Math.Max(5, minutes * 60 / targets.Count / 4));
var end = Stopwatch.StartNew();
var total = TimeSpan.FromMinutes(minutes);
var tried = targets.ToDictionary(t => t.Name, _ => 0L);
var crashes = targets.ToDictionary(t => t.Name, _ => new Dictionary<string, string>());
try
{
    while (end.Elapsed < total)
    {
        foreach (var target in targets)
        {
            if (end.Elapsed >= total)
            {
                break;
            }
            var until = Stopwatch.StartNew();
            long count = 0;
            var found = new List<(byte[] Input, Exception Defect)>();
            ParserTargets.Inputs(target).Sample(input =>
            {
                Interlocked.Increment(ref count);
                if (ParserTargets.Run(target, input, work.FullName) is { } defect)
                {
                    lock (found)
                    {
                        found.Add((input, defect));
                    }
                }
            }, time: (int)Math.Min(slice.TotalSeconds, (total - end.Elapsed).TotalSeconds) + 1, threads: 1);
            tried[target.Name] += count;
            foreach (var (input, defect) in found)
            {
                // One crash per exception type and throwing method; the inputs are kept to reproduce and to seed the tests.
                var where = $"{defect.GetType().Name} at {defect.TargetSite?.DeclaringType?.Name}.{defect.TargetSite?.Name}";
                if (crashes[target.Name].TryAdd(where, defect.Message))
                {
                    Directory.CreateDirectory(crashFolder);
                    var file = Path.Combine(crashFolder, $"{target.Name}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{target.Extension}");
                    File.WriteAllBytes(file, input);
                    Console.WriteLine($"CRASH {target.Name}: {where}: {defect.Message} -> {file}");
                }
            }
        }
    }
}
finally
{
    work.Delete(recursive: true);
}
Console.WriteLine(FormattableString.Invariant($"fuzzed {end.Elapsed.TotalMinutes:F1} min, {tried.Values.Sum():N0} inputs, {crashes.Values.Sum(c => c.Count)} distinct crashes"));
foreach (var target in targets)
{
    Console.WriteLine(FormattableString.Invariant($"  {target.Name,-14} {tried[target.Name],10:N0} inputs  {crashes[target.Name].Count} crashes"));
}
return crashes.Values.Any(c => c.Count > 0) ? 1 : 0;
