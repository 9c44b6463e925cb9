using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>Which column plays which part, and so which shape the file has.</summary>
internal sealed record ArrivalsLayout(ArrivalsShape Shape, int Time, int Count, int Id, SiteField Site)
{
    /// <summary>The triage level column of a per-visit file, or -1.</summary>
    public int Triage { get; init; } = -1;

    /// <summary>The age band column of a per-visit file, or -1.</summary>
    public int AgeBand { get; init; } = -1;

    const string KnownShapes =
        "'date,count' (daily counts), 'timestamp,count' (hourly counts) or 'arrival' with optional 'id' (one row per visit), each with an optional 'site'";

    public static ArrivalsLayout From(CsvInput input, ArrivalsCsvOptions options)
    {
        var columns = new HeaderColumns(input);
        if (options.TimeColumn is not null && options.DateColumn is not null)
        {
            throw input.FileError("a time column and a date column were both given; a file has either dates (daily counts) or times.");
        }
        var count = options.CountColumn is { } countName ? columns.Require(countName, "count") : columns.Find("count");
        var (shape, time) = TimeColumn(input, columns, options, hasCount: count >= 0);
        if (shape != ArrivalsShape.Visits && count < 0)
        {
            throw new InputException(input.File, 1, $"the file has a {input.Header[time]} column but no 'count' column; found {columns.Listing()}; expected {KnownShapes}.");
        }
        int id = -1, triage = -1, ageBand = -1;
        if (shape == ArrivalsShape.Visits)
        {
            id = options.IdColumn is { } idName ? columns.Require(idName, "visit id") : columns.Find("id");
            triage = options.TriageColumn is { } triageName ? columns.Require(triageName, "triage level") : -1;
            ageBand = options.AgeBandColumn is { } ageName ? columns.Require(ageName, "age band") : -1;
        }
        else if (options.IdColumn is not null)
        {
            throw input.FileError($"an id column was given, but ids only apply to files with one row per visit and this file has counts in '{input.Header[count]}'.");
        }
        var site = options.SiteColumn is { } siteName ? columns.Require(siteName, "site") : columns.Find("site");
        if (site < 0 && string.IsNullOrWhiteSpace(options.DefaultSite))
        {
            throw input.FileError("the file has no 'site' column, so the site these arrivals belong to must be named (on the command line: --site NAME).");
        }
        columns.WarnUnused();
        return new ArrivalsLayout(shape, time, count, id, new SiteField(site, options.DefaultSite?.Trim(), options.Sites))
        {
            Triage = triage,
            AgeBand = ageBand,
        };
    }

    static (ArrivalsShape Shape, int Time) TimeColumn(CsvInput input, HeaderColumns columns, ArrivalsCsvOptions options, bool hasCount)
    {
        if (options.DateColumn is { } dateName)
        {
            return (ArrivalsShape.DailyCounts, columns.Require(dateName, "date"));
        }
        if (options.TimeColumn is { } timeName)
        {
            return (hasCount ? ArrivalsShape.HourlyCounts : ArrivalsShape.Visits, columns.Require(timeName, "time"));
        }
        (string Name, ArrivalsShape Shape)[] standard =
            [("date", ArrivalsShape.DailyCounts), ("timestamp", ArrivalsShape.HourlyCounts), ("arrival", hasCount ? ArrivalsShape.HourlyCounts : ArrivalsShape.Visits)];
        var found = standard.Select(s => (s.Shape, Ordinal: columns.Find(s.Name), s.Name)).Where(s => s.Ordinal >= 0).ToArray();
        return found.Length switch
        {
            1 => (found[0].Shape, found[0].Ordinal),
            0 => throw new InputException(input.File, 1, $"cannot tell what the columns mean: found {columns.Listing()}; expected {KnownShapes}, or name the columns with the column options."),
            _ => throw new InputException(input.File, 1, $"the header has both {string.Join(" and ", found.Select(f => $"'{input.Header[f.Ordinal]}'"))}, so it is not clear which is the time; name it with the time or date column option."),
        };
    }
}
