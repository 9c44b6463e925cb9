using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// Reads an arrivals CSV (UTF-8 or Windows-1252, ',' or ';') whose shape is recognised from its header:
/// daily counts, hourly counts, or one row per visit. The file is streamed; nothing is kept per row except
/// per-visit ids. Anything it cannot read without guessing is an <see cref="InputException"/> naming file and line.
/// </summary>
public sealed class ArrivalsCsvReader(ArrivalsCsvOptions options)
{
    public ArrivalsCsvReader()
        : this(new ArrivalsCsvOptions())
    {
    }

    public ArrivalsCsvOptions Options { get; } = options;

    /// <exception cref="InputException">The file is empty, has no rows, unknown columns, or a row that cannot be read.</exception>
    public ArrivalsReadResult Read(string path)
    {
        using var input = CsvInput.Open(path);
        var layout = ArrivalsLayout.From(input, Options);
        return layout.Shape switch
        {
            ArrivalsShape.DailyCounts => Daily(input, layout),
            ArrivalsShape.HourlyCounts => Hourly(input, layout),
            _ => Visits(input, layout),
        };
    }

    ArrivalsReadResult Daily(CsvInput input, ArrivalsLayout layout)
    {
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Options.Clock.GetUtcNow() + Options.FutureMargin, Options.TimeZone).DateTime);
        var days = new Dictionary<(string Site, DateOnly Date), (int Count, int Line)>();
        while (input.Read())
        {
            var site = layout.Site.Read(input);
            var date = DateField.Read(input, layout.Time);
            var count = CountField.Read(input, layout.Count, "count");
            if (date > lastDay)
            {
                throw input.Error(FormattableString.Invariant($"the day {date:yyyy-MM-dd} is in the future (today is {lastDay:yyyy-MM-dd} in {Options.TimeZone.Id}); the export is wrong."));
            }
            if (!days.TryGetValue((site, date), out var earlier))
            {
                days.Add((site, date), (count, input.Line));
            }
            else if (earlier.Count == count)
            {
                input.DuplicateRowsDropped++;
            }
            else
            {
                throw input.Error(FormattableString.Invariant($"{site} {date:yyyy-MM-dd} has count {count} here but {earlier.Count} on line {earlier.Line}."));
            }
        }
        var daily = days.Select(d => new DailyArrivals(d.Key.Site, d.Key.Date, d.Value.Count))
            .OrderBy(d => d.Site, StringComparer.Ordinal).ThenBy(d => d.Date).ToArray();
        return new ArrivalsReadResult(ArrivalsShape.DailyCounts, [], daily, input.Report());
    }

    ArrivalsReadResult Hourly(CsvInput input, ArrivalsLayout layout)
    {
        var grid = new HourlyGrid(input, Options.TimeZone, Options.IgnoreOffset, "count", Options.Clock.GetUtcNow(), Options.FutureMargin);
        while (input.Read())
        {
            grid.Add(layout.Site.Read(input), input.Field(layout.Time), CountField.Read(input, layout.Count, "count"));
        }
        var hourly = grid.Hours().Select(h => new HourlyArrivals(h.Series, h.Hour, h.Count)).ToArray();
        return new ArrivalsReadResult(ArrivalsShape.HourlyCounts, hourly, [], input.Report());
    }

    ArrivalsReadResult Visits(CsvInput input, ArrivalsLayout layout)
    {
        var tally = new VisitTally(input, Options, hasIds: layout.Id >= 0);
        while (input.Read())
        {
            var site = layout.Site.Read(input);
            tally.Add(site, input.Field(layout.Time), layout.Id < 0 ? default : input.Field(layout.Id));
        }
        return new ArrivalsReadResult(ArrivalsShape.Visits, tally.Hours(), [], input.Report());
    }
}
