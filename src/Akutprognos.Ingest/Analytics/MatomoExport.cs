using System.Globalization;
using System.Text.Json;
using Akutprognos.Ingest.Csv;
using Sylvan.Data.Csv;

namespace Akutprognos.Ingest.Analytics;

/// <summary>
/// Matomo's visits per server-time hour (report <c>VisitTime.getVisitInformationPerServerTime</c>, period=day, a
/// range of dates): the API's JSON, an object of dates each holding rows <c>{"label": "18h", "nb_visits": 412}</c>,
/// or the CSV export with columns <c>date</c>, <c>label</c> and <c>nb_visits</c>. A row's <c>nb_uniq_visitors</c> is
/// taken over <c>nb_visits</c> where Matomo reports it. Matomo's "server time" is the site's zone.
/// </summary>
internal static class MatomoExport
{
    public static bool LooksCsv(string head)
    {
        var header = head.Split('\n', 2)[0].ToLowerInvariant();
        return header.Contains("label", StringComparison.Ordinal) && header.Contains("nb_visits", StringComparison.Ordinal);
    }

    public static List<(DateTime, int)> ReadJson(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(path, null, "expected Matomo's JSON for a range of days: an object keyed by date (period=day&date=FROM,TO).");
            }
            if (document.RootElement.TryGetProperty("result", out var result) && result.GetString() == "error")
            {
                throw new InputException(path, null, "the file is a Matomo error response, not a report.");
            }
            var rows = new List<(DateTime, int)>();
            foreach (var day in document.RootElement.EnumerateObject())
            {
                var date = Date(path, day.Name);
                foreach (var row in day.Value.EnumerateArray())
                {
                    var label = row.GetProperty("label").ToString();
                    var count = row.TryGetProperty("nb_uniq_visitors", out var unique) && unique.ValueKind == JsonValueKind.Number ? unique : row.GetProperty("nb_visits");
                    rows.Add((date.ToDateTime(new TimeOnly(Hour(path, label), 0)), count.ValueKind == JsonValueKind.String ? int.Parse(count.GetString()!, CultureInfo.InvariantCulture) : count.GetInt32()));
                }
            }
            return rows;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException(path, null, $"not Matomo report JSON with label and nb_visits per hour: {e.Message}");
        }
    }

    public static List<(DateTime, int)> ReadCsv(string path)
    {
        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLowerInvariant()).ToList();
        var (date, label) = (columns.IndexOf("date"), columns.IndexOf("label"));
        var count = columns.Contains("nb_uniq_visitors") ? columns.IndexOf("nb_uniq_visitors") : columns.IndexOf("nb_visits");
        if (date < 0 || label < 0 || count < 0)
        {
            throw new InputException(path, 1, "the Matomo CSV needs date, label and nb_visits (or nb_uniq_visitors) columns; export a range of days with period=day.");
        }
        var rows = new List<(DateTime, int)>();
        var line = 1;
        while (csv.Read())
        {
            line++;
            if (!int.TryParse(csv.GetString(count), NumberStyles.None, CultureInfo.InvariantCulture, out var visitors))
            {
                throw new InputException(path, line, $"'{csv.GetString(count)}' is not a count of visits.");
            }
            rows.Add((Date(path, csv.GetString(date), line).ToDateTime(new TimeOnly(Hour(path, csv.GetString(label), line), 0)), visitors));
        }
        return rows;
    }

    static DateOnly Date(string path, string text, int? line = null) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException(path, line, $"'{text}' is not a date (YYYY-MM-DD).");

    /// <summary>Matomo labels hours "18h" (formatted) or "18" (raw).</summary>
    static int Hour(string path, string label, int? line = null) =>
        int.TryParse(label.Trim().TrimEnd('h', 'H'), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 23
            ? hour
            : throw new InputException(path, line, $"'{label}' is not an hour label (0h–23h).");
}
