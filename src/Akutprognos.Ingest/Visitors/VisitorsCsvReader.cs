using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Visitors;

/// <summary>
/// Reads hourly web visitors: <c>hour,visitors</c> (what the visitors command writes, e.g.
/// <c>2025-01-06T18:00:00+01:00,412</c>) or <c>timestamp,visitors</c>. Hours follow the same rules as hourly
/// arrival counts: an offset gives the instant, no offset means local clock time, a spring-forward gap hour is
/// added to the next hour with a warning, and a fall-back clock hour written twice is summer then winter time.
/// </summary>
public sealed class VisitorsCsvReader(VisitorsCsvOptions options)
{
    const string KnownShapes = "'hour,visitors' or 'timestamp,visitors'";

    public VisitorsCsvReader()
        : this(new VisitorsCsvOptions())
    {
    }

    public VisitorsCsvOptions Options { get; } = Valid(options);

    /// <exception cref="InputException">The file is empty, has no rows, unknown columns, or a row that cannot be read.</exception>
    public VisitorsReadResult Read(string path)
    {
        using var input = CsvInput.Open(path);
        var (time, visitors) = Layout(input);
        var grid = new HourlyGrid(input, Options.TimeZone, Options.IgnoreOffset, "visitors", Options.Clock.GetUtcNow(), Options.FutureMargin);
        while (input.Read())
        {
            grid.Add(Options.Signal, input.Field(time), CountField.Read(input, visitors, "visitors count"));
        }
        var hourly = grid.Hours().Select(h => new HourlyVisitors(h.Series, h.Hour, h.Count)).ToArray();
        return new VisitorsReadResult(hourly, input.Report());
    }

    static VisitorsCsvOptions Valid(VisitorsCsvOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Signal);
        return options;
    }

    static (int Time, int Visitors) Layout(CsvInput input)
    {
        var columns = new HeaderColumns(input);
        var hour = columns.Find("hour");
        var timestamp = columns.Find("timestamp");
        var visitors = columns.Find("visitors");
        if (hour >= 0 && timestamp >= 0)
        {
            throw new InputException(input.File, 1, "the header has both 'hour' and 'timestamp', so it is not clear which is the time.");
        }
        if (visitors < 0 || (hour < 0 && timestamp < 0))
        {
            throw new InputException(input.File, 1, $"cannot tell what the columns mean: found {columns.Listing()}; expected {KnownShapes}.");
        }
        columns.WarnUnused();
        return (Math.Max(hour, timestamp), visitors);
    }
}
