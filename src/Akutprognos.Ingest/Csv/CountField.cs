using System.Globalization;
using static System.FormattableString;

namespace Akutprognos.Ingest.Csv;

/// <summary>Whole, non-negative counts (arrivals or visitors), with a message that names what is wrong.</summary>
internal static class CountField
{
    public static int Read(CsvInput input, int ordinal, string what)
    {
        var text = input.Field(ordinal);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        if (text.IsEmpty)
        {
            throw input.Error($"the {what} is empty; write 0 for an hour or day with none.");
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed) && signed < 0)
        {
            throw input.Error(Invariant($"the {what} {signed} is negative; counts cannot be below zero."));
        }
        // NumberStyles.Number also takes "12,5", which in a Swedish file is a decimal comma.
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? throw input.Error($"the {what} {text} is too large.")
                : throw input.Error($"the {what} '{text}' is not a whole number.");
        }
        throw input.Error($"the {what} '{text}' is not a number.");
    }
}
