using System.Globalization;
using System.Text;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Cli.Output;

/// <summary>Backtest results as the JSON of evaluation.md §1, as a table for people, and as a forecasts CSV.</summary>
static class BacktestWriter
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteJson(TextWriter output, IReadOnlyList<SeriesBacktest> results)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var r in results)
            {
                writer.WriteStartObject();
                writer.WriteString("series", r.Series);
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
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<SeriesBacktest> results)
    {
        foreach (var r in results)
        {
            output.WriteLine(string.Create(Invariant,
                $"{r.Series}: {r.Days} days, last {r.TestDays} tested one day ahead; Poisson floor {r.PoissonFloorMape:F2}% MAPE"));
            output.WriteLine("  model              MAPE %     MAE    RMSE   MASE  cover80  cover95");
            foreach (var m in r.Models)
            {
                var mark = m.Model == r.Selected ? "*" : " ";
                output.WriteLine(string.Create(Invariant,
                    $" {mark}{m.Model,-17} {m.Mape,6:F2} {m.Mae,7:F1} {m.Rmse,7:F1} {m.Mase,6:F3} {m.Coverage80,8:P0} {m.Coverage95,8:P0}"));
            }
            output.WriteLine("  * selected on the days before the test period");
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
                text.Append(Invariant, $"{Csv.Field(r.Series)},{f.Date:yyyy-MM-dd},{f.Actual:0.##},{o.Mean:0.##},{o.Interval80.Lower:0.##},{o.Interval80.Upper:0.##},{o.Interval95.Lower:0.##},{o.Interval95.Upper:0.##},{f.Model}\n");
            }
        }
        Csv.WriteAtomically(path, text.ToString());
    }
}
