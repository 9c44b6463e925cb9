using System.Globalization;
using Akutprognos.Core.Forecasting;
using ScottPlot;

namespace Akutprognos.Cli.Output;

/// <summary>
/// The selected model's test forecasts against the actuals, with the 80% and 95% bands, drawn by ScottPlot:
/// SVG or PNG by the file's extension.
/// </summary>
static class BacktestPlot
{
    public const int WidthPixels = 1400;
    public const int HeightPixels = 520;

    public static void Write(string path, SeriesBacktest result)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
        {
            throw new Commands.UsageException($"--plot {path}: the file must end in .svg or .png");
        }
        var days = result.SelectedForecasts.Where(f => !double.IsNaN(f.Outcome.Mean)).ToList();
        double[] xs = [.. days.Select(f => f.Date.ToDateTime(TimeOnly.MinValue).ToOADate())];
        var plot = new Plot();
        var band95 = plot.Add.FillY(xs, [.. days.Select(f => f.Outcome.Interval95.Lower)], [.. days.Select(f => f.Outcome.Interval95.Upper)]);
        band95.FillStyle.Color = Colors.SteelBlue.WithAlpha(0.18);
        band95.LineStyle.Width = 0;
        band95.LegendText = "95% interval";
        var band80 = plot.Add.FillY(xs, [.. days.Select(f => f.Outcome.Interval80.Lower)], [.. days.Select(f => f.Outcome.Interval80.Upper)]);
        band80.FillStyle.Color = Colors.SteelBlue.WithAlpha(0.32);
        band80.LineStyle.Width = 0;
        band80.LegendText = "80% interval";
        var forecast = plot.Add.ScatterLine(xs, [.. days.Select(f => f.Outcome.Mean)]);
        forecast.Color = Colors.Navy;
        forecast.LineWidth = 1.5f;
        forecast.LegendText = $"forecast ({result.Selected})";
        var actual = plot.Add.ScatterPoints(xs, [.. days.Select(f => f.Actual)]);
        actual.Color = Colors.OrangeRed;
        actual.MarkerSize = 3;
        actual.LegendText = "actual";
        plot.Axes.DateTimeTicksBottom();
        plot.YLabel("arrivals per day");
        var mape = result.Models.Single(m => m.Model == result.Selected).Mape;
        plot.Title(string.Create(CultureInfo.InvariantCulture,
            $"{result.Series}: one day ahead, last {result.TestDays} days — {result.Selected}, MAPE {mape:F2}% (Poisson floor {result.PoissonFloorMape:F2}%)"));
        plot.ShowLegend(Alignment.UpperLeft);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{extension}");
        if (extension == ".svg")
        {
            plot.SaveSvg(temporary, WidthPixels, HeightPixels);
        }
        else
        {
            plot.SavePng(temporary, WidthPixels, HeightPixels);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
