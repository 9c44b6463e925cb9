namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// Timestamps of log lines to UTC epoch seconds, read straight from the bytes: the common log format's
/// <c>10/Oct/2000:13:55:36 -0700</c>, ISO 8601 (<c>2025-01-06T18:04:05.123+01:00</c>, <c>Z</c>, or no offset
/// meaning UTC), W3C's separate <c>2025-01-06</c> and <c>18:04:05</c> (UTC), and epoch seconds, milliseconds
/// or nanoseconds. Hand-written: DateTime parsing per line would cost more than the rest of the line.
/// </summary>
internal static class LogTime
{
    /// <summary>The common log format's time, without its brackets.</summary>
    public static bool TryParseCommon(ReadOnlySpan<byte> t, out long utcSeconds)
    {
        utcSeconds = 0;
        if (t.Length != 26 || t[2] != '/' || t[6] != '/' || t[11] != ':' || t[14] != ':' || t[17] != ':' || t[20] != ' ')
        {
            return false;
        }
        var month = Month(t.Slice(3, 3));
        if (month == 0 || !Digits(t[..2], out var day) || !Digits(t.Slice(7, 4), out var year)
            || !Clock(t.Slice(12, 8), out var seconds) || !Offset(t.Slice(21, 5), out var offset))
        {
            return false;
        }
        return Combine(year, month, day, seconds - offset, out utcSeconds);
    }

    /// <summary>ISO 8601 date and time with optional fraction and offset; no offset means UTC.</summary>
    public static bool TryParseIso(ReadOnlySpan<byte> t, out long utcSeconds)
    {
        utcSeconds = 0;
        if (t.Length < 19 || (t[10] != 'T' && t[10] != ' '))
        {
            return false;
        }
        if (!TryParseDate(t[..10], out var year, out var month, out var day) || !Clock(t.Slice(11, 8), out var seconds))
        {
            return false;
        }
        var rest = t[19..];
        if (!rest.IsEmpty && rest[0] is (byte)'.' or (byte)',')
        {
            var digits = 1;
            while (digits < rest.Length && rest[digits] - '0' is >= 0 and <= 9)
            {
                digits++;
            }
            rest = rest[digits..];
        }
        var offset = 0;
        if (rest.Length == 1 && rest[0] is (byte)'Z' or (byte)'z')
        {
            rest = [];
        }
        else if (rest.Length == 6 && rest[3] == ':' && Offset([rest[0], rest[1], rest[2], rest[4], rest[5]], out offset))
        {
            rest = [];
        }
        else if (rest.Length == 5 && Offset(rest, out offset))
        {
            rest = [];
        }
        return rest.IsEmpty && Combine(year, month, day, seconds - offset, out utcSeconds);
    }

    /// <summary>W3C extended: <c>date</c> and <c>time</c> fields, both UTC.</summary>
    public static bool TryParseW3c(ReadOnlySpan<byte> date, ReadOnlySpan<byte> time, out long utcSeconds)
    {
        utcSeconds = 0;
        if (time.Length > 8 && time[8] == '.')
        {
            time = time[..8];
        }
        return time.Length == 8 && TryParseDate(date, out var year, out var month, out var day)
            && Clock(time, out var seconds) && Combine(year, month, day, seconds, out utcSeconds);
    }

    /// <summary>Epoch time as a number: seconds (optionally with a fraction), or milli-, micro- or nanoseconds told apart by size.</summary>
    public static bool TryParseEpoch(ReadOnlySpan<byte> t, out long utcSeconds)
    {
        utcSeconds = 0;
        var dot = t.IndexOf((byte)'.');
        var whole = dot < 0 ? t : t[..dot];
        if (whole.IsEmpty || whole.Length > 19 || !DigitsLong(whole, out var value))
        {
            return false;
        }
        while (value > 100_000_000_000L)
        {
            value /= 1000;
        }
        utcSeconds = value;
        return value > 0;
    }

    static bool TryParseDate(ReadOnlySpan<byte> d, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return d.Length == 10 && d[4] == '-' && d[7] == '-'
            && Digits(d[..4], out year) && Digits(d.Slice(5, 2), out month) && Digits(d.Slice(8, 2), out day);
    }

    static bool Combine(int year, int month, int day, long secondsOfDay, out long utcSeconds)
    {
        utcSeconds = 0;
        if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        utcSeconds = (DaysFromCivil(year, month, day) * 86400L) + secondsOfDay;
        return true;
    }

    // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms").
    static long DaysFromCivil(int y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = y / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + d - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097L) + doe - 719468;
    }

    static bool Clock(ReadOnlySpan<byte> c, out long seconds)
    {
        seconds = 0;
        if (c[2] != ':' || c[5] != ':' || !Digits(c[..2], out var h) || !Digits(c.Slice(3, 2), out var m) || !Digits(c.Slice(6, 2), out var s)
            || h > 23 || m > 59 || s > 60)
        {
            return false;
        }
        seconds = (h * 3600L) + (m * 60L) + Math.Min(s, 59);
        return true;
    }

    static bool Offset(ReadOnlySpan<byte> o, out int seconds)
    {
        seconds = 0;
        if (o.Length != 5 || (o[0] != '+' && o[0] != '-') || !Digits(o.Slice(1, 2), out var h) || !Digits(o.Slice(3, 2), out var m) || h > 14 || m > 59)
        {
            return false;
        }
        seconds = ((h * 3600) + (m * 60)) * (o[0] == '-' ? -1 : 1);
        return true;
    }

    static int Month(ReadOnlySpan<byte> m)
    {
        // Case-folded three-letter English month names, as every web server writes them.
        var key = (m[0] | 0x20) << 16 | (m[1] | 0x20) << 8 | (m[2] | 0x20);
        return key switch
        {
            0x6a616e => 1, 0x666562 => 2, 0x6d6172 => 3, 0x617072 => 4, 0x6d6179 => 5, 0x6a756e => 6,
            0x6a756c => 7, 0x617567 => 8, 0x736570 => 9, 0x6f6374 => 10, 0x6e6f76 => 11, 0x646563 => 12,
            _ => 0,
        };
    }

    public static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        var ok = DigitsLong(s, out var wide);
        value = (int)wide;
        return ok && s.Length <= 9;
    }

    public static bool DigitsLong(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }
        foreach (var b in s)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        return true;
    }
}
