namespace Akutprognos.Ingest.Csv;

/// <summary>A calendar date alone (daily counts): ISO <c>2024-03-05</c> or Swedish <c>05.03.2024</c>.</summary>
internal static class DateField
{
    public static DateOnly Read(CsvInput input, int ordinal)
    {
        var text = input.Field(ordinal);
        if (!WrittenTime.TryParse(text, out var time, out var problem))
        {
            throw input.Error(problem);
        }
        return time.HasTimeOfDay || time.Offset is not null
            ? throw input.Error($"'{text}' has a time of day, but daily counts need a date alone, such as 2024-03-05.")
            : DateOnly.FromDateTime(time.Clock);
    }
}
