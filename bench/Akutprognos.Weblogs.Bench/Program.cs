using System.Globalization;
using Akutprognos.Weblogs.Bench;

// usage: Akutprognos.Weblogs.Bench FILE [LINES] [SEED] — a combined log of a regional health portal over 28 days.
if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: Akutprognos.Weblogs.Bench FILE [LINES=2000000] [SEED=2015]");
    return 2;
}
var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000_000;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2015;
using (var output = new StreamWriter(args[0], append: false, new System.Text.UTF8Encoding(false), 1 << 20))
{
    new AccessLogGenerator(seed).Write(output, lines);
}
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {lines:N0} lines, {new FileInfo(args[0]).Length / 1e6:F0} MB"));
return 0;
