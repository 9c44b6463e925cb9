using System.Globalization;
using System.Text;
using System.Text.Json;
using Akutprognos.Cli.Commands;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class BacktestCommandTests
{
    [Fact]
    public void Backtest_JsonAndPlot_KeepsFixedFieldsAndDrawsTheBands()
    {
        using var scratch = new ScratchFolder();
        var random = new Random(1);
        var csv = new StringBuilder("date,count\n");
        var start = new DateOnly(2022, 1, 3);
        for (var i = 0; i < 500; i++)
        {
            var count = Math.Round(200 * (i % 7 == 0 ? 1.2 : 1.0) * (1 + 0.1 * (random.NextDouble() - 0.5)));
            csv.Append(CultureInfo.InvariantCulture, $"{start.AddDays(i):yyyy-MM-dd},{count}\n");
        }
        var arrivals = scratch.Write("daily.csv", csv.ToString());
        var plot = scratch.PathOf("backtest.svg");

        var output = new StringWriter();
        var original = Console.Out;
        int exit;
        try
        {
            Console.SetOut(output);
            exit = BacktestCommand.Create().Parse(["--arrivals", arrivals, "--json", "--holidays", "none", "--test-days", "60", "--plot", plot]).Invoke();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal("total", result.GetProperty("series").GetString());
        Assert.Equal(60, result.GetProperty("test_days").GetInt32());
        var models = result.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(["seasonal-naive", "calendar", "calendar+level", "ensemble"], models);
        Assert.Contains(result.GetProperty("selected").GetString(), models);
        foreach (var field in new[] { "mape", "mae", "rmse", "mase", "coverage80", "coverage95" })
        {
            Assert.True(result.GetProperty("models")[0].TryGetProperty(field, out _), field);
        }
        var svg = File.ReadAllText(plot);
        Assert.Contains("<svg", svg);
        Assert.Contains("80% interval", svg);
    }
}
