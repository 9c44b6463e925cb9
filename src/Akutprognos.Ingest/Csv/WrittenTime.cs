using System.Globalization;

namespace Akutprognos.Ingest.Csv;

/// <summary>
/// A date or time as written in a file: the clock reading and, when the text has one, its UTC offset.
/// Accepts ISO 8601 (<c>2024-03-05</c>, <c>2024-03-05 14:07</c>, <c>2024-03-05T14:07:00</c>, optional
/// fractional seconds, optional <c>Z</c> or <c>+01:00</c>) and Swedish (<c>05.03.2024</c>,
/// <c>05.03.2024 14:07</c>, optional seconds), each with one explicit format and the invariant culture.
/// </summary>
internal readonly record struct WrittenTime(DateTime Clock, TimeSpan? Offset, bool HasTimeOfDay)
{
    public const string Expected = "ISO 8601 (2024-03-05T14:07:00+01:00, 2024-03-05 14:07, 2024-03-05) or Swedish (05.03.2024 14:07, 05.03.2024)";

    public bool IsOnTheHour => Clock.Minute == 0 && Clock.Second == 0 && Clock.Millisecond == 0 && Clock.Microsecond == 0;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says why in one sentence.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out WrittenTime time, out string problem)
    {
        time = default;
        problem = "";
        var body = text;
        TimeSpan? offset = null;
        if (body.Length > 10 && (body[^1] is 'Z' or 'z'))
        {
            offset = TimeSpan.Zero;
            body = body[..^1];
        }
        else if (body.Length > 16 && body[^6] is '+' or '-' && body[^3] == ':' && TryOffset(body[^5..^3], body[^2..], body[^6], out var parsed))
        {
            offset = parsed;
            body = body[..^6];
        }
        var format = FormatFor(body);
        if (format is not null && DateTime.TryParseExact(body, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            time = new WrittenTime(clock, offset, body.Length > 10);
            return true;
        }
        problem = NonexistentDate(body) is { } date
            ? $"the date {date} does not exist."
            : $"cannot read '{text}' as a date or time; expected {Expected}.";
        return false;
    }

    // One format per shape of text: trying a list of formats on every row would cost more than the rest of the read.
    static string? FormatFor(ReadOnlySpan<char> body)
    {
        var swedish = body.Length >= 10 && body[2] == '.';
        if (body.Length == 10)
        {
            return swedish ? "dd.MM.yyyy" : "yyyy-MM-dd";
        }
        if (body.Length < 16)
        {
            return null;
        }
        var date = swedish ? "dd.MM.yyyy" : "yyyy-MM-dd";
        var separator = body[10] switch { 'T' => "'T'", ' ' => " ", _ => null };
        if (separator is null)
        {
            return null;
        }
        return body.Length switch
        {
            16 => date + separator + "HH:mm",
            19 => date + separator + "HH:mm:ss",
            > 20 and <= 27 when body[19] == '.' => date + separator + "HH:mm:ss." + new string('F', body.Length - 20),
            _ => null,
        };
    }

    static bool TryOffset(ReadOnlySpan<char> hours, ReadOnlySpan<char> minutes, char sign, out TimeSpan offset)
    {
        offset = default;
        if (!int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || h > 14 || m > 59)
        {
            return false;
        }
        offset = new TimeSpan(sign == '-' ? -h : h, sign == '-' ? -m : m, 0);
        return true;
    }

    // Tells "2024-02-30" (well-formed, but not in the calendar) apart from text that is no date at all.
    static string? NonexistentDate(ReadOnlySpan<char> body)
    {
        if (body.Length < 10)
        {
            return null;
        }
        var swedish = body[2] == '.';
        var shapeOk = swedish ? body[5] == '.' : body[4] == '-' && body[7] == '-';
        if (!shapeOk
            || !Number(swedish ? body[6..10] : body[..4], out var year)
            || !Number(swedish ? body[3..5] : body[5..7], out var month)
            || !Number(swedish ? body[..2] : body[8..10], out var day)
            || year < 1 || month < 1 || day < 1)
        {
            return null;
        }
        return month > 12 || day > DateTime.DaysInMonth(year, month) ? body[..10].ToString() : null;
    }

    static bool Number(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
