using System.Globalization;
using System.Text;
using System.Text.Json;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Cli.Output;

/// <summary>Backtest results as the JSON of evaluation.md §1, as a table for people, and as a forecasts CSV.</summary>
static class BacktestWriter
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteJson(TextWriter output, IReadOnlyList<BacktestReport> reports)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var report in reports)
            {
                var r = report.Result;
                writer.WriteStartObject();
                writer.WriteString("series", report.Series);
                if (report.Region is { } region)
                {
                    writer.WriteString("region", region);
                }
                writer.WriteNumber("days", r.Days);
                writer.WriteNumber("test_days", r.TestDays);
                JsonOutput.Number(writer, "poisson_floor_mape", r.PoissonFloorMape);
                writer.WriteString("selected", r.Selected);
                writer.WriteStartArray("models");
                foreach (var m in r.Models)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", m.Model);
                    JsonOutput.Number(writer, "mape", m.Mape);
                    JsonOutput.Number(writer, "mae", m.Mae);
                    JsonOutput.Number(writer, "rmse", m.Rmse);
                    JsonOutput.Number(writer, "mase", m.Mase);
                    JsonOutput.Number(writer, "coverage80", m.Coverage80);
                    JsonOutput.Number(writer, "coverage95", m.Coverage95);
                    writer.WriteNumber("zero_days", m.ZeroDays);
                    writer.WriteNumber("fallback_days", m.FallbackDays);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                WriteExtras(writer, report);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    // Beyond the fixed fields of evaluation.md §1, only present when computed.
    static void WriteExtras(Utf8JsonWriter writer, BacktestReport report)
    {
        if (report.SignalNote is { } note)
        {
            writer.WriteString("signal_note", note);
        }
        if (report.Reconciled is { } rec)
        {
            writer.WriteStartObject("reconciled");
            JsonOutput.Number(writer, "mape", rec.Mape);
            JsonOutput.Number(writer, "mae", rec.Mae);
            JsonOutput.Number(writer, "coverage80", rec.Coverage80);
            JsonOutput.Number(writer, "coverage95", rec.Coverage95);
            writer.WriteEndObject();
        }
        if (report.Hourly is { } h)
        {
            writer.WriteStartObject("hourly");
            writer.WriteNumber("hours", h.Hours);
            JsonOutput.Number(writer, "mape", h.Mape);
            JsonOutput.Number(writer, "mae", h.Mae);
            JsonOutput.Number(writer, "poisson_floor_mape", h.PoissonFloorMape);
            JsonOutput.Number(writer, "coverage80", h.Coverage80);
            JsonOutput.Number(writer, "coverage95", h.Coverage95);
            writer.WriteEndObject();
        }
        if (report.Nowcast.Count > 0)
        {
            writer.WriteStartArray("nowcast");
            foreach (var n in report.Nowcast)
            {
                writer.WriteStartObject();
                writer.WriteNumber("issue_hour", n.IssueHour);
                JsonOutput.Number(writer, "mape", n.Mape);
                JsonOutput.Number(writer, "mae", n.Mae);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<BacktestReport> reports)
    {
        foreach (var report in reports)
        {
            var r = report.Result;
            output.WriteLine(string.Create(Invariant,
                $"{r.Series}: {r.Days} days, last {r.TestDays} tested one day ahead; Poisson floor {r.PoissonFloorMape:F2}% MAPE"));
            if (report.SignalNote is { } note)
            {
                output.WriteLine($"  note: {note}");
            }
            output.WriteLine("  model                   MAPE %     MAE    RMSE   MASE  cover80  cover95");
            foreach (var m in r.Models)
            {
                var mark = m.Model == r.Selected ? "*" : " ";
                output.WriteLine(string.Create(Invariant,
                    $" {mark}{m.Model,-22} {Shown(m.Mape, "F2"),6} {Shown(m.Mae, "F1"),7} {Shown(m.Rmse, "F1"),7} {Shown(m.Mase, "F3"),6} {Shown(m.Coverage80, "P0"),8} {Shown(m.Coverage95, "P0"),8}"));
            }
            output.WriteLine("  * selected on the days before the test period");
            if (report.Reconciled is { } rec)
            {
                output.WriteLine(string.Create(Invariant,
                    $"  reconciled with the region (top-down, as the nightly forecast stores it): MAPE {rec.Mape:F2}, MAE {rec.Mae:F1}, cover80 {rec.Coverage80:P0}, cover95 {rec.Coverage95:P0}"));
            }
            if (report.Hourly is { } h)
            {
                output.WriteLine(string.Create(Invariant,
                    $"  hourly split of {r.Selected}: MAPE {h.Mape:F2} (Poisson floor {h.PoissonFloorMape:F2}), MAE {h.Mae:F2} per hour, cover80 {h.Coverage80:P0}, cover95 {h.Coverage95:P0} over {h.Hours} hours"));
            }
            if (report.Nowcast.Count > 0)
            {
                output.WriteLine("  by hour of issue the evening before (calendar+signal+level, signal cut at that hour):");
                foreach (var n in report.Nowcast)
                {
                    output.WriteLine(string.Create(Invariant, $"    {n.IssueHour:00}:00  MAPE {n.Mape,6:F2}  MAE {n.Mae,7:F1}"));
                }
            }
            output.WriteLine();
        }
    }

    public static void WriteForecasts(string path, IReadOnlyList<SeriesBacktest> results)
    {
        var text = new StringBuilder("series,date,actual,forecast,lo80,hi80,lo95,hi95,model\n");
        foreach (var r in results)
        {
            foreach (var f in r.SelectedForecasts)
            {
                var o = f.Outcome;
                var series = Core.Series.SeriesId.FromKey(r.Series) is { IsRegion: true } ? Core.Series.SeriesId.RegionKey : r.Series;
                text.Append(Invariant, $"{Csv.Field(series)},{f.Date:yyyy-MM-dd},{f.Actual:0.##},{o.Mean:0.##},{o.Interval80.Lower:0.##},{o.Interval80.Upper:0.##},{o.Interval95.Lower:0.##},{o.Interval95.Upper:0.##},{f.Model}\n");
            }
        }
        Csv.WriteAtomically(path, text.ToString());
    }

    /// <summary>A score as printed: "–" where it is not defined (MASE when the series never changes from week to week, MAPE on zero days).</summary>
    static string Shown(double value, string format) => double.IsFinite(value) ? value.ToString(format, Invariant) : "–";
}
