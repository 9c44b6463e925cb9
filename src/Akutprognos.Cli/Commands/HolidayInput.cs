using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Sites;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Cli.Commands;

/// <summary>The <c>--holidays</c> value: a calendar code, or a CSV file whose first column is a date (an optional second column names it).</summary>
static class HolidayInput
{
    public static IHolidayCalendar Resolve(string value)
    {
        if (File.Exists(value))
        {
            return new DateListCalendar($"dates from {Path.GetFileName(value)}", ReadDates(value));
        }
        try
        {
            return HolidayCalendars.ForCode(value);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--holidays: {e.Message.Split(" (Parameter", 2)[0]} Or give a CSV file of dates.");
        }
    }

    /// <summary>
    /// The value as a site stores it: (null, null) when not given, a normalised code, or <see cref="HolidaySource.DatesCode"/>
    /// with the dates read from the file.
    /// </summary>
    public static (string? Code, IReadOnlyList<(DateOnly Date, string Name)>? Dates) Stored(string? value)
    {
        if (value is null)
        {
            return (null, null);
        }
        if (File.Exists(value))
        {
            return (HolidaySource.DatesCode, ReadDates(value));
        }
        return HolidaySource.Normalise(value) is { } code && code != HolidaySource.DatesCode
            ? (code, null)
            : throw new UsageException($"--holidays: {HolidaySource.Problem(value) ?? $"'{value}' names no calendar"}. Or give a CSV file of dates.");
    }

    static List<(DateOnly, string)> ReadDates(string path)
    {
        var dates = new List<(DateOnly, string)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var fields = line.Split([',', ';'], 3);
            var first = fields[0].Trim().Trim('"');
            if (first.Length == 0)
            {
                continue;
            }
            if (DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add((date, fields.Length > 1 ? fields[1].Trim().Trim('"') : "holiday"));
            }
            else if (number > 1)
            {
                throw new InputException(path, number, $"'{first}' is not a date (YYYY-MM-DD)");
            }
        }
        if (dates.Count == 0)
        {
            throw new InputException(path, null, "no holiday dates (YYYY-MM-DD in the first column)");
        }
        return dates;
    }
}
