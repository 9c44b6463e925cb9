using System.Globalization;
using System.Text;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>Small generated inputs with a known structure.</summary>
static class SampleFiles
{
    public static readonly DateOnly Start = new(2021, 1, 4);

    static readonly double[] Weekly = [1.20, 1.05, 1.00, 0.98, 1.02, 0.85, 0.90];

    /// <summary>Daily counts around <paramref name="level"/> with a weekly pattern and ±5% noise.</summary>
    public static int[] DailyCounts(int days, double level, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, days).Select(i => (int)Math.Round(level * Weekly[i % 7] * (0.95 + 0.1 * random.NextDouble())))];
    }

    public static string DailyCsv(int[] counts)
    {
        var text = new StringBuilder("date,count\n");
        for (var i = 0; i < counts.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Start.AddDays(i):yyyy-MM-dd},{counts[i]}\n");
        }
        return text.ToString();
    }

    /// <summary>Hourly counts for several sites, local clock times without offset, spread evenly over each day's 24 clock hours.</summary>
    public static string HourlyCsv(IReadOnlyDictionary<string, int[]> dailyBySite)
    {
        var text = new StringBuilder("timestamp,site,count\n");
        foreach (var (site, counts) in dailyBySite)
        {
            for (var d = 0; d < counts.Length; d++)
            {
                for (var h = 0; h < 24; h++)
                {
                    var count = counts[d] / 24 + (h < counts[d] % 24 ? 1 : 0);
                    text.Append(CultureInfo.InvariantCulture, $"{Start.AddDays(d):yyyy-MM-dd} {h:00}:00,{site},{count}\n");
                }
            }
        }
        return text.ToString();
    }
}
