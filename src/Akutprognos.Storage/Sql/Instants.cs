using System.Globalization;

namespace Akutprognos.Storage.Sql;

/// <summary>How instants and local dates are stored: UTC epoch seconds and 'YYYY-MM-DD' text.</summary>
internal static class Instants
{
    /// <summary>The epoch seconds of an hour start; rejects an instant that is not on the hour.</summary>
    public static long HourToEpoch(DateTimeOffset hour, string what)
    {
        var seconds = hour.ToUnixTimeSeconds();
        if (seconds % 3600 != 0 || hour.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException($"{what}: {hour:O} is not the start of an hour.", nameof(hour));
        }
        return seconds;
    }

    public static DateTimeOffset HourFromEpoch(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    public static string DateToText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly DateFromText(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
