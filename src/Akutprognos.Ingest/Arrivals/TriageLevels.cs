namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// The triage levels a per-visit file may give: RETTS priorities 1–5 and their colours, in English or Swedish,
/// in any case. Anything else ("banana", a shifted column) is refused rather than stored as a level of its own.
/// </summary>
public static class TriageLevels
{
    static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "1", "2", "3", "4", "5",
        "red", "orange", "yellow", "green", "blue",
        "röd", "gul", "grön", "blå",
    };

    /// <summary>What a message lists as accepted.</summary>
    public const string Listing = "1–5 or a RETTS colour (red, orange, yellow, green, blue; röd, orange, gul, grön, blå)";

    public static bool IsKnown(ReadOnlySpan<char> text) => Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
}
