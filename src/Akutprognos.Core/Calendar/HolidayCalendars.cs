using System.Collections.Concurrent;

namespace Akutprognos.Core.Calendar;

/// <summary>Holiday calendars by code, as configuration and the command line name them.</summary>
public static class HolidayCalendars
{
    /// <summary>The code used when none is given: "SE".</summary>
    public const string DefaultCode = "SE";

    /// <summary>The code of <see cref="NoHolidays"/>: "none".</summary>
    public const string NoneCode = "none";

    // One instance per code, so every caller shares the per-year tables.
    static readonly ConcurrentDictionary<string, IHolidayCalendar> Shared = new(StringComparer.Ordinal);

    /// <summary>Every accepted code: "SE", the <see cref="CountryCalendar.SupportedCodes"/>, and "none" ("UK" is accepted too, as "GB").</summary>
    public static IReadOnlyList<string> Codes { get; } = [DefaultCode, .. CountryCalendar.SupportedCodes, NoneCode];

    /// <summary>
    /// The calendar for <paramref name="code"/>, case-insensitive and trimmed: "SE" (also for null or blank)
    /// gives <see cref="SwedishCalendar"/>, a code in <see cref="CountryCalendar.SupportedCodes"/> (or "UK", the same
    /// calendar as "GB") a <see cref="CountryCalendar"/>, "none" <see cref="NoHolidays"/>. Repeated calls return the
    /// same instance.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown code; the message lists the accepted ones.</exception>
    public static IHolidayCalendar ForCode(string? code)
    {
        var key = string.IsNullOrWhiteSpace(code) ? DefaultCode : code.Trim().ToUpperInvariant();
        key = CountryCalendar.CodeOf(key) ?? key;
        if (!Codes.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Unknown holiday calendar '{code}'. Accepted: {string.Join(", ", Codes)}; UK = GB (default {DefaultCode}).", nameof(code));
        }
        return Shared.GetOrAdd(key, static k => k switch
        {
            DefaultCode => new SwedishCalendar(),
            "NONE" => new NoHolidays(),
            _ => new CountryCalendar(k),
        });
    }
}
