using System.Globalization;

namespace Akutprognos.Core.Forecasting;

/// <summary>A span of local clock hours of one day, <c>[FromHour, ToHour)</c>, whose web visitors form the signal.</summary>
public readonly record struct SignalWindow
{
    /// <param name="fromHour">First local hour, 0–23.</param>
    /// <param name="toHour">End, exclusive, 1–24 (24 = midnight).</param>
    public SignalWindow(int fromHour, int toHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toHour, 24);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(toHour, fromHour);
        FromHour = fromHour;
        ToHour = toHour;
    }

    /// <summary>First local clock hour in the window, 0–23.</summary>
    public int FromHour { get; }

    /// <summary>Local clock hour the window ends at, exclusive, 1–24 (24 = midnight).</summary>
    public int ToHour { get; }

    /// <summary>Hours in the window.</summary>
    public int Hours => ToHour - FromHour;

    /// <summary>The windows a signal model chooses from per series (by its fit on the training days).</summary>
    public static IReadOnlyList<SignalWindow> Candidates { get; } = [new(17, 24), new(18, 24), new(19, 24), new(20, 24), new(0, 24)];

    /// <summary>The hours at which an evening forecast can be issued; 24 is midnight, the full evening.</summary>
    public static IReadOnlyList<int> IssueHours { get; } = [18, 20, 22, 24];

    /// <summary>
    /// The windows a forecast issued at local <paramref name="issueHour"/> of the evening before can use:
    /// the candidates cut off at that hour, keeping at least two hours (at 18:00 the afternoon, 12–18, and the day, 0–18).
    /// </summary>
    public static IReadOnlyList<SignalWindow> AvailableAt(int issueHour)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(issueHour, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(issueHour, 24);
        var windows = Candidates
            .Where(w => w.FromHour <= issueHour - 2)
            .Select(w => new SignalWindow(w.FromHour, Math.Min(w.ToHour, issueHour)))
            .Append(new SignalWindow(Math.Max(0, issueHour - 6), issueHour))
            .Distinct()
            .ToList();
        return windows;
    }

    /// <summary>The hours with two digits and an en dash, e.g. "18–24".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FromHour:00}–{ToHour:00}");
}
