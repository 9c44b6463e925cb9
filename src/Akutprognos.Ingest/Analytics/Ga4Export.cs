using System.Globalization;
using Akutprognos.Ingest.Csv;
using Sylvan.Data.Csv;

namespace Akutprognos.Ingest.Analytics;

/// <summary>
/// A Google Analytics 4 report downloaded as CSV: comment lines starting with '#', then a table whose time is
/// the <c>dateHour</c> dimension (<c>2025010618</c>; header "Date + hour (YYYYMMDDHH)" or "Date hour") or
/// <c>Date</c> and <c>Hour</c> columns, and whose count is users ("Active users", "Total users", "Users" or the
/// API names). GA4 reports in the property's zone. A blank line ends the table (GA4 appends totals after it).
/// </summary>
internal static class Ga4Export
{
    static readonly string[] UserColumns = ["active users", "activeusers", "total users", "totalusers", "users", "new users"];

    public static bool Looks(string head)
    {
        var header = head.Split('\n', 2)[0].ToLowerInvariant();
        return header.Contains("date", StringComparison.Ordinal) && header.Contains("hour", StringComparison.Ordinal) && UserColumns.Any(u => header.Contains(u, StringComparison.Ordinal));
    }

    public static List<(DateTime, int)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        if (first < 0)
        {
            throw new InputException(path, null, "the GA4 export holds no table.");
        }
        var end = Array.FindIndex(lines, first, l => l.Trim().Length == 0);
        var table = string.Join('\n', lines[first..(end < 0 ? lines.Length : end)]);
        using var csv = CsvDataReader.Create(new StringReader(table), new CsvDataReaderOptions { HasHeaders = true });
        var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLowerInvariant()).ToList();
        var dateHour = columns.FindIndex(c => c.StartsWith("date + hour", StringComparison.Ordinal) || c is "date hour" or "datehour");
        var (date, hour) = (columns.IndexOf("date"), columns.IndexOf("hour"));
        var users = UserColumns.Select(name => columns.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
        if (users < 0 || (dateHour < 0 && (date < 0 || hour < 0)))
        {
            throw new InputException(path, first + 1, $"cannot find the date-hour and users columns among {string.Join(", ", columns)}.");
        }
        var rows = new List<(DateTime, int)>();
        var line = first + 1;
        while (csv.Read())
        {
            line++;
            var text = dateHour >= 0 ? csv.GetString(dateHour).Trim() : csv.GetString(date).Trim() + csv.GetString(hour).Trim().PadLeft(2, '0');
            if (!DateTime.TryParseExact(text, "yyyyMMddHH", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                throw new InputException(path, line, $"'{text}' is not a GA4 date and hour (YYYYMMDDHH).");
            }
            if (!int.TryParse(csv.GetString(users).Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new InputException(path, line, $"'{csv.GetString(users)}' is not a number of users.");
            }
            rows.Add((local, count));
        }
        return rows;
    }
}
