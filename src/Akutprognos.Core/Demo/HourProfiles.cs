namespace Akutprognos.Core.Demo;

/// <summary>
/// Relative volume by local hour of day (index 0–23). Only ratios matter: <see cref="Shares"/> renormalises
/// over the hours a day actually has, so a 23-hour day loses 02:00's share and a 25-hour day counts it twice.
/// </summary>
internal static class HourProfiles
{
    // Typical Swedish ED weekday: trough 04–06, peak 10–14, an evening shoulder.
    public static IReadOnlyList<double> EdWeekday { get; } =
    [
        2.6, 2.1, 1.7, 1.4, 1.2, 1.2, 1.6, 2.6, 4.2, 5.6, 6.4, 6.6,
        6.5, 6.4, 6.2, 5.9, 5.6, 5.3, 5.2, 5.1, 4.7, 4.1, 3.6, 3.0,
    ];

    // Weekends and holidays: people sleep in, so the morning rise comes about an hour later and the night is busier.
    public static IReadOnlyList<double> EdWeekend { get; } =
    [
        3.1, 2.6, 2.2, 1.8, 1.4, 1.3, 1.4, 1.9, 3.1, 4.5, 5.7, 6.4,
        6.6, 6.5, 6.2, 5.9, 5.6, 5.4, 5.3, 5.2, 4.9, 4.4, 3.9, 3.4,
    ];

    // Health-information website: quiet at night, steady by day, peak 19–22; 18–24 carries about 30% of the day.
    public static IReadOnlyList<double> Web { get; } =
    [
        2.0, 1.1, 0.7, 0.5, 0.5, 0.8, 2.0, 3.6, 5.0, 5.8, 6.0, 5.9,
        6.0, 5.9, 5.8, 5.6, 5.3, 5.0, 4.6, 5.6, 6.3, 6.2, 4.9, 3.3,
    ];

    /// <summary>Each hour's share of the day for the given local hours (of one local day); the shares sum to 1.</summary>
    public static double[] Shares(IReadOnlyList<int> localHours, IReadOnlyList<double> profile)
    {
        var shares = new double[localHours.Count];
        var total = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = profile[localHours[i]];
            total += shares[i];
        }
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= total;
        }
        return shares;
    }
}
