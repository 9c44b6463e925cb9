using System.Globalization;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// Reads one visit's arrival time: ISO 8601 or Swedish (<see cref="WrittenTime"/>), an Excel serial date
/// (<c>45356,5868</c>: days since 1899-12-30, decimal point or comma; recognised by itself), or an explicit
/// exact format. A local time in a spring-forward gap cannot have happened and is an error; a time in the
/// repeated fall-back hour without an offset is read as summer time and counted in <see cref="Ambiguous"/>.
/// An arrival after now (beyond the configured margin for unsynchronised clocks) is an error.
/// </summary>
internal sealed class ArrivalTime(CsvInput input, ArrivalsCsvOptions options)
{
    const string Excel = "excel";
    static readonly DateTime ExcelEpoch = new(1899, 12, 30);

    readonly ZoneClock zoneClock = new(options.TimeZone);
    readonly DateTimeOffset now = options.Clock.GetUtcNow();

    /// <summary>Visits in the repeated fall-back hour read as summer time.</summary>
    public int Ambiguous { get; private set; }

    /// <summary>The arrival instant (UTC).</summary>
    public DateTimeOffset Read(ReadOnlySpan<char> text)
    {
        var (clock, written) = Parse(text);
        DateTimeOffset arrival;
        if (written is { } offset && !options.IgnoreOffset)
        {
            arrival = new DateTimeOffset(clock, offset).ToUniversalTime();
        }
        else
        {
            var reading = zoneClock.Read(clock);
            if (reading.Kind == ClockKind.Gap)
            {
                throw input.Error($"{text} does not exist in {options.TimeZone.Id}: the clocks skip that hour in spring, so no one can have arrived then.");
            }
            Ambiguous += reading.Kind == ClockKind.Repeated ? 1 : 0;
            arrival = new DateTimeOffset(clock, reading.First).ToUniversalTime();
        }
        if (arrival > now + options.FutureMargin)
        {
            throw input.Error(string.Create(CultureInfo.InvariantCulture, $"the arrival {text} is in the future (it is now {TimeZoneInfo.ConvertTime(now, options.TimeZone):yyyy-MM-dd HH:mm}); the export or its time zone is wrong."));
        }
        return arrival;
    }

    /// <summary>Messages show the clock time an analyst sees in the file, not UTC.</summary>
    public DateTime Local(DateTimeOffset instant) => instant.ToOffset(zoneClock.OffsetAt(instant)).DateTime;

    (DateTime Clock, TimeSpan? Offset) Parse(ReadOnlySpan<char> text)
    {
        if (options.TimeFormat is { } format && !format.Equals(Excel, StringComparison.OrdinalIgnoreCase))
        {
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
                ? (exact, null)
                : throw input.Error($"cannot read '{text}' as a time written '{format}'.");
        }
        if (options.TimeFormat is not null || LooksLikeSerial(text))
        {
            return (FromSerial(text), null);
        }
        if (!WrittenTime.TryParse(text, out var time, out var problem))
        {
            throw input.Error(problem);
        }
        return time.HasTimeOfDay
            ? (time.Clock, time.Offset)
            : throw input.Error($"'{text}' is a date without a time; one row per visit needs the arrival time.");
    }

    DateTime FromSerial(ReadOnlySpan<char> text)
    {
        Span<char> copy = stackalloc char[Math.Min(text.Length, 64)];
        var length = Math.Min(text.Length, copy.Length);
        text[..length].CopyTo(copy);
        copy[..length].Replace(',', '.');
        if (!double.TryParse(copy[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var days) || days < 1 || days >= 2958466)
        {
            throw input.Error($"cannot read '{text}' as an Excel serial date (days since 1900, such as 45356.5868).");
        }
        // Excel keeps times as fractions of a day; round to the second its display shows.
        var seconds = Math.Round((days - Math.Floor(days)) * 86400);
        return ExcelEpoch.AddDays(Math.Floor(days)).AddSeconds(seconds);
    }

    // Bare numbers from 20000 (1954) to 99999 (2173): no date in another format looks like that.
    static bool LooksLikeSerial(ReadOnlySpan<char> text)
    {
        var separator = text.IndexOfAny('.', ',');
        var whole = separator >= 0 ? text[..separator] : text;
        return whole.Length == 5 && whole[0] >= '2' && !whole.ContainsAnyExceptInRange('0', '9')
            && (separator < 0 || !text[(separator + 1)..].ContainsAnyExceptInRange('0', '9'));
    }
}
