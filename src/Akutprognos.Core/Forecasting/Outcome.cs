namespace Akutprognos.Core.Forecasting;

/// <summary>
/// What came of asking for something the data may not support: the value, or the reason in one sentence that says
/// what to do. "Cannot" is an answer, not an exception; exceptions are left for faults and bugs.
/// </summary>
/// <typeparam name="T">The value made.</typeparam>
public sealed class Outcome<T> where T : class
{
    Outcome(T? value, string? reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The value, or null when it could not be made.</summary>
    public T? Value { get; }

    /// <summary>Why it could not be made, or null when it was.</summary>
    public string? Reason { get; }

    /// <summary>Whether the value was made.</summary>
    public bool Made => Value is not null;

    /// <summary>A value made.</summary>
    public static Outcome<T> Of(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>No value, and why.</summary>
    public static Outcome<T> Cannot(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason);
    }
}
