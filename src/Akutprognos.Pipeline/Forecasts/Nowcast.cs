using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Pipeline.Forecasts;

/// <summary>What one nowcast made: the stored nowcasts and the series skipped with their reasons.</summary>
/// <param name="Issue">The date and hour of issue.</param>
/// <param name="Stored">The nowcasts stored.</param>
/// <param name="Skipped">The series left out and why.</param>
public sealed record NowcastRun(NowcastIssue Issue, IReadOnlyList<StoredNowcast> Stored, IReadOnlyList<SkippedSeries> Skipped)
{
    /// <summary>As <see cref="ForecastRun.Outcome"/>.</summary>
    public string Outcome => ForecastRun.OutcomeOf(Stored.Count, Skipped.Count);
}

/// <summary>
/// An evening nowcast: tomorrow per site and region from the web signal seen so far this evening. Each series runs the
/// calendar+signal+level model whose evening windows end at the hour of issue (<see cref="SignalWindow.AvailableAt"/>) —
/// the model <see cref="NowcastBacktest"/> scores by hour of issue — with intervals from its own one-day-ahead errors;
/// sites are scaled to their region as at night; the result is stored with its hour of issue and the model's recent MAPE
/// at that hour. The hour of issue is read in the zone of the pages and the schedule (<see cref="SiteSetup.HomeZone"/>).
/// </summary>
public sealed class Nowcast(AkutprognosDatabase database, SiteSetup setup, TimeProvider clock)
{
    /// <summary>Makes and stores the nowcast issued at <paramref name="issuedAt"/>; what cannot be made is skipped with its reason.</summary>
    public NowcastRun Run(DateTimeOffset issuedAt)
    {
        var issue = NowcastIssue.Of(issuedAt, setup.HomeZone);
        // Visitors of later hours are left out even when stored (a backfill): the nowcast is what could be said at that hour.
        var inputs = ModelInputs.Read(database, setup, forDate: issue.Date, signalBefore: issuedAt);
        var skipped = new List<SkippedSeries>(inputs.Skipped);
        if (inputs.Visitors.Count == 0)
        {
            skipped.Add(new SkippedSeries(SeriesId.TheRegion, setup.Shown(SeriesId.TheRegion),
                $"{database.Description} holds no web visitors ('{ModelInputs.Signal}'): a nowcast needs the evening's signal"));
            return new NowcastRun(issue, [], skipped);
        }
        var model = new LevelRegressionModel(useSignal: true, SignalWindow.AvailableAt(issue.Hour), $"@{issue.Hour}");
        var outcomes = inputs.Series.AsParallel().AsOrdered().Select<ModelSeries, (ForecastLine? Line, SkippedSeries? Skipped)>(s =>
        {
            if (ModelInputs.Usable(s, issue.Date) is { } reason || s.ContextFor(issue.Date) is not { } context)
            {
                return (null, new SkippedSeries(s.Id, s.Shown, ModelInputs.Usable(s, issue.Date) ?? $"{s.Shown}: no arrivals before {issue.Date:yyyy-MM-dd}"));
            }
            var selected = DailyForecaster.Next(context, [model], new BacktestOptions());
            return selected.Value is { } made
                ? (new ForecastLine(made.Forecast, s.Shown, null, made.SelectionMape), null)
                : (null, new SkippedSeries(s.Id, s.Shown, selected.Reason!));
        }).ToList();
        skipped.AddRange(outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!));
        var made = clock.GetUtcNow();
        List<StoredNowcast> nowcasts = [.. NightlyForecast.Reconcile([.. outcomes.Where(o => o.Line is not null).Select(o => o.Line!)], inputs.Series)
            .Select(l => new StoredNowcast(l.Forecast, issue.Hour, l.Notes?.RegionScale, Finite(l.SelectionMape.GetValueOrDefault(model.Name, double.NaN)), made))];
        if (nowcasts.Count > 0)
        {
            database.SaveNowcasts(nowcasts);
        }
        return new NowcastRun(issue, nowcasts, skipped);
    }

    static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
