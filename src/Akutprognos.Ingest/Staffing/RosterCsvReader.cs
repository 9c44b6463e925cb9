using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Staffing;

/// <summary>The roster lines of a file and what reading it found.</summary>
public sealed record RosterReadResult(IReadOnlyList<RosterLine> Lines, ReadReport Report);

/// <summary>
/// Reads a planned roster: <c>site,role,start,end,count</c>, one line per group of staff working the same shift,
/// e.g. <c>Södersjukhuset,nurse,2025-03-14 13:00,2025-03-14 22:00,6</c>. Times without an offset are local clock
/// times of the zone; a time in a spring-forward gap is an error, a fall-back time written once is read as the
/// first occurrence. Sites must be known to the database and roles to the staffing configuration, so a typo
/// cannot silently leave a site unstaffed.
/// </summary>
public sealed class RosterCsvReader(IReadOnlyCollection<string> sites, IReadOnlyCollection<string> roles, TimeZoneInfo zone)
{
    /// <exception cref="InputException">The file, its header or a line cannot be used; the message names file and line.</exception>
    public RosterReadResult Read(string path)
    {
        using var input = CsvInput.Open(path);
        var columns = new HeaderColumns(input);
        var (site, role, start, end, count) = (columns.Find("site"), columns.Find("role"), columns.Find("start"), columns.Find("end"), columns.Find("count"));
        if (site < 0 || role < 0 || start < 0 || end < 0 || count < 0)
        {
            throw new InputException(input.File, 1, $"cannot tell what the columns mean: found {columns.Listing()}; expected 'site,role,start,end,count'.");
        }
        columns.WarnUnused();
        var lines = new List<RosterLine>();
        while (input.Read())
        {
            var siteName = Known(input, input.Field(site).ToString(), sites, "site", "the sites with arrivals");
            var roleName = Known(input, input.Field(role).ToString(), roles, "role", "the staffing configuration");
            var from = Instant(input, start, "start");
            var to = Instant(input, end, "end");
            var staff = CountField.Read(input, count, "count");
            if (staff < 1)
            {
                throw input.Error("the count is 0; leave the line out instead, or write how many staff work the shift.");
            }
            if (to <= from)
            {
                throw input.Error($"the shift ends ({input.Field(end)}) before it starts ({input.Field(start)}); write the end with its own date for a night shift.");
            }
            if (to - from > TimeSpan.FromHours(24))
            {
                throw input.Error("the shift is longer than 24 hours; check the dates of start and end.");
            }
            lines.Add(new RosterLine(siteName, roleName, from, to, staff));
        }
        return new RosterReadResult(lines, input.Report());
    }

    static string Known(CsvInput input, string name, IReadOnlyCollection<string> known, string what, string source)
    {
        var exact = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.Ordinal))
            ?? known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }
        var listing = string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => $"'{k}'"));
        throw name.Length == 0
            ? input.Error($"the {what} is empty.")
            : input.Error($"unknown {what} '{name}': not among {source} ({listing}).");
    }

    DateTimeOffset Instant(CsvInput input, int column, string what)
    {
        if (!WrittenTime.TryParse(input.Field(column), out var time, out var problem))
        {
            throw input.Error($"the {what} time: {problem}");
        }
        if (!time.HasTimeOfDay)
        {
            throw input.Error($"the {what} '{input.Field(column)}' has no time of day; write e.g. 2025-03-14 07:00.");
        }
        if (time.Offset is { } offset)
        {
            return new DateTimeOffset(time.Clock, offset).ToUniversalTime();
        }
        if (LocalDays.IsGap(time.Clock, zone))
        {
            throw input.Error($"the {what} {input.Field(column)} does not exist in {zone.Id}: the clocks skip that hour.");
        }
        return LocalDays.ToInstant(time.Clock, zone);
    }
}
