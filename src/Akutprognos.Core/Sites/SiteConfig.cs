using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Sites;

/// <summary>
/// How one site (ED) is read and forecast, set once and used by every command and page: the name people read, the
/// time zone of its clock, its holiday calendar, the hour after which a day's export counts as complete, and the
/// regions it counts in.
/// </summary>
public sealed record SiteConfig
{
    /// <summary>The zone a site has until someone sets one.</summary>
    public const string DefaultTimeZone = "Europe/Stockholm";

    /// <summary>The hour of the next day after which a day counts as complete, until someone sets one.</summary>
    public const int DefaultDayClosesAt = 6;

    /// <summary>Longer display names break the cards on a phone.</summary>
    public const int MaxDisplayNameLength = 60;

    /// <summary>A site with the defaults: its code as its name, Stockholm's zone, Swedish holidays, in no region.</summary>
    /// <param name="name">The site's name as the data give it (its code).</param>
    public SiteConfig(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>The name the data use; the key of its series.</summary>
    public string Name { get; }

    /// <summary>The name the pages show; empty for the code.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>IANA id of the zone of the site's clock.</summary>
    public string TimeZone { get; init; } = DefaultTimeZone;

    /// <summary>The holiday calendar: a code of <see cref="HolidayCalendars"/>, or <see cref="HolidaySource.DatesCode"/> for <see cref="HolidayDates"/>.</summary>
    public string Holidays { get; init; } = HolidayCalendars.DefaultCode;

    /// <summary>The site's own holiday dates, when <see cref="Holidays"/> is <see cref="HolidaySource.DatesCode"/>; else empty.</summary>
    public IReadOnlyList<(DateOnly Date, string Name)> HolidayDates { get; init; } = [];

    /// <summary>Local hour (0–23) of the next day after which a day's export counts as complete.</summary>
    public int DayClosesAt { get; init; } = DefaultDayClosesAt;

    /// <summary>Codes of the regions the site counts in (ordinal order); empty for none.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The name to show: the display name, or the code.</summary>
    public string Shown => DisplayName.Length > 0 ? DisplayName : Name;

    /// <summary>The zone; throws <see cref="TimeZoneNotFoundException"/> when the stored id is unknown to this machine.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The holiday calendar.</summary>
    public IHolidayCalendar Calendar => HolidaySource.Resolve(Holidays, HolidayDates, Name);

    /// <summary>Whether the site counts in <paramref name="region"/>.</summary>
    public bool In(SeriesId region) => region.IsRegion && Regions.Contains(region.Name, StringComparer.Ordinal);

    /// <summary>Why this configuration cannot be stored (unknown zone or calendar, a bad hour or name), or null.</summary>
    public string? Problem()
    {
        if (DisplayName.Length > MaxDisplayNameLength)
        {
            return $"{Name}: the display name is too long (at most {MaxDisplayNameLength} characters).";
        }
        if (DisplayName.Any(char.IsControl))
        {
            return $"{Name}: the display name may not hold control characters.";
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            return $"{Name}: unknown time zone '{TimeZone}' (use an IANA name such as Europe/Stockholm or Europe/London).";
        }
        if (DayClosesAt is < 0 or > 23)
        {
            return $"{Name}: the hour a day closes must be 0 to 23, not {DayClosesAt}.";
        }
        if (Holidays == HolidaySource.DatesCode ? HolidayDates.Count == 0 : HolidaySource.Problem(Holidays) is not null)
        {
            return $"{Name}: {(Holidays == HolidaySource.DatesCode ? "a dates calendar needs at least one date" : HolidaySource.Problem(Holidays))}";
        }
        return Regions.FirstOrDefault(r => !RegionConfig.IsValidCode(r)) is { } bad
            ? $"{Name}: '{bad}' is not a region code ({RegionConfig.CodeRule})."
            : null;
    }

    /// <summary>
    /// Whether <paramref name="other"/> holds the same settings (name, zone, holidays and their dates, closing hour,
    /// regions): a change to it would change nothing. The record's own equality compares the lists by reference.
    /// </summary>
    public bool SameSettings(SiteConfig other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name == other.Name && DisplayName == other.DisplayName && TimeZone == other.TimeZone && Holidays == other.Holidays
            && DayClosesAt == other.DayClosesAt && HolidayDates.SequenceEqual(other.HolidayDates)
            && Regions.SequenceEqual(other.Regions, StringComparer.Ordinal);
    }

    /// <summary>One line for audit logs and messages: zone, holidays, closing hour, regions.</summary>
    public string Describe() =>
        $"display name '{DisplayName}', zone {TimeZone}, holidays {(Holidays == HolidaySource.DatesCode ? $"{HolidayDates.Count} own dates" : Holidays)}, " +
        $"day closes at {DayClosesAt:00}:00, regions {(Regions.Count == 0 ? "none" : string.Join(", ", Regions))}";
}

/// <summary>A region: the sum of the sites that count in it, with its own forecast.</summary>
/// <param name="Code">The code the data and commands use (letters, digits, '-', '_').</param>
/// <param name="DisplayName">The name the pages show; empty for the default label.</param>
public sealed record RegionConfig(string Code, string DisplayName = "")
{
    /// <summary>What a region code may hold, for messages.</summary>
    public const string CodeRule = "1–40 letters, digits, '-' or '_'";

    /// <summary>The series of the region.</summary>
    public SeriesId Id => SeriesId.Region(Code);

    /// <summary>Whether <paramref name="code"/> may name a region.</summary>
    public static bool IsValidCode(string code) =>
        code.Length is > 0 and <= 40 && code.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>Holiday calendars as a site stores them: a code, or the site's own dates.</summary>
public static class HolidaySource
{
    /// <summary>The stored code of a site whose holidays are its own list of dates.</summary>
    public const string DatesCode = "dates";

    /// <summary>The calendar of <paramref name="code"/> (or of <paramref name="dates"/> when the code is <see cref="DatesCode"/>).</summary>
    public static IHolidayCalendar Resolve(string code, IReadOnlyList<(DateOnly Date, string Name)> dates, string site) =>
        code == DatesCode ? new DateListCalendar($"the dates stored for {site}", dates) : HolidayCalendars.ForCode(code);

    /// <summary>The code as it is stored (upper case, UK as GB), or null when it is unknown.</summary>
    public static string? Normalise(string code)
    {
        if (string.Equals(code?.Trim(), DatesCode, StringComparison.OrdinalIgnoreCase))
        {
            return DatesCode;
        }
        if (string.Equals(code?.Trim(), HolidayCalendars.NoneCode, StringComparison.OrdinalIgnoreCase))
        {
            return HolidayCalendars.NoneCode;
        }
        var key = code?.Trim().ToUpperInvariant() ?? "";
        key = CountryCalendar.CodeOf(key) ?? key;
        return HolidayCalendars.Codes.Contains(key, StringComparer.Ordinal) ? key : null;
    }

    /// <summary>Why <paramref name="code"/> names no calendar, or null.</summary>
    public static string? Problem(string code) =>
        Normalise(code) is null
            ? $"unknown holiday calendar '{code}' (accepted: {string.Join(", ", HolidayCalendars.Codes)}, or a file of dates)"
            : null;
}
