using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Visitors;

namespace Akutprognos.Ingest.Analytics;

/// <summary>
/// Hourly visitors from a web-analytics export, recognised from its content: Matomo's reporting API JSON
/// (<c>VisitTime.getVisitInformationPerServerTime</c>, period=day), Matomo's CSV export of that report, a
/// Google Analytics 4 CSV export (date-hour and users), or the plain <c>hour,visitors</c> /
/// <c>timestamp,visitors</c> CSV. Analytics tools report local clock hours of the site's zone; a spring-forward
/// hour that does not exist is added to the next hour.
/// </summary>
public sealed class AnalyticsExport(VisitorsCsvOptions options)
{
    /// <summary>What kind of export the file was and its hourly visitors in time order.</summary>
    /// <exception cref="InputException">The file cannot be read or has a row that makes no sense.</exception>
    public (string Kind, IReadOnlyList<HourlyVisitors> Hourly, ReadReport? Report) Read(string path)
    {
        string head;
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[4096];
            head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot read the file: {e.Message}");
        }
        if (head.StartsWith('{') || head.StartsWith('['))
        {
            return ("Matomo API JSON", Hours(MatomoExport.ReadJson(path)), null);
        }
        try
        {
            if (head.StartsWith('#') || Ga4Export.Looks(head))
            {
                return ("Google Analytics 4 CSV", Hours(Ga4Export.Read(path)), null);
            }
            if (MatomoExport.LooksCsv(head))
            {
                return ("Matomo CSV", Hours(MatomoExport.ReadCsv(path)), null);
            }
        }
        catch (Sylvan.Data.Csv.CsvFormatException e)
        {
            throw new InputException(path, null, $"the table is not valid CSV ({e.Message}).");
        }
        var plain = new VisitorsCsvReader(options).Read(path);
        return ("visitors CSV", plain.Hourly, plain.Report);
    }

    /// <summary>Local clock hours to UTC hours; counts of two clock hours that fall on one instant (a gap hour) add up.</summary>
    List<HourlyVisitors> Hours(IEnumerable<(DateTime LocalHour, int Visitors)> rows)
    {
        var sums = new SortedDictionary<DateTimeOffset, int>();
        foreach (var (local, visitors) in rows)
        {
            var instant = LocalDays.ToInstant(local, options.TimeZone);
            sums[instant] = sums.GetValueOrDefault(instant) + visitors;
        }
        return [.. sums.Select(s => new HourlyVisitors(options.Signal, s.Key, s.Value))];
    }
}
