using Akutprognos.Core.Forecasting;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Storage.Forecasts;
using Akutprognos.Storage.Runs;

namespace Akutprognos.Pipeline.Forecasts;

/// <summary>
/// One line of a forecast report: the forecast, what is usual for that weekday, how the model was chosen, and the notes
/// stored with it (the reconciliation factor and the calendar benchmark; null when not known).
/// </summary>
/// <param name="Forecast">The day's forecast with its hours.</param>
/// <param name="Shown">The name people read for the series.</param>
/// <param name="UsualForWeekday">Mean of the same weekday over the eight weeks before; null without data.</param>
/// <param name="SelectionMape">Each competing model's MAPE over the selection days.</param>
/// <param name="Notes">What is stored beside it.</param>
public sealed record ForecastLine(
    DayForecast Forecast, string Shown, double? UsualForWeekday, IReadOnlyDictionary<string, double> SelectionMape, ForecastNotes? Notes = null);

/// <summary>What one forecast run made and what it left out, and why.</summary>
/// <param name="Date">The local date forecast.</param>
/// <param name="Lines">The forecasts made (and stored).</param>
/// <param name="Skipped">The series left out, each with its reason.</param>
public sealed record ForecastRun(DateOnly Date, IReadOnlyList<ForecastLine> Lines, IReadOnlyList<SkippedSeries> Skipped)
{
    /// <summary><see cref="RunOutcomes.Ok"/>, <see cref="RunOutcomes.Partial"/> (some skipped) or <see cref="RunOutcomes.Skipped"/> (nothing made).</summary>
    public string Outcome => OutcomeOf(Lines.Count, Skipped.Count);

    /// <summary>The outcome of a run that made <paramref name="made"/> series and skipped <paramref name="skipped"/>.</summary>
    public static string OutcomeOf(int made, int skipped) => made == 0 ? RunOutcomes.Skipped : skipped > 0 ? RunOutcomes.Partial : RunOutcomes.Ok;

    /// <summary>One line: what was made and each skipped series with its reason.</summary>
    public string Summary()
    {
        var made = $"{Lines.Count} series forecast for {Date:yyyy-MM-dd}";
        return Skipped.Count == 0 ? made : $"{made}; skipped: {string.Join("; ", Skipped.Select(s => s.Reason))}";
    }
}
