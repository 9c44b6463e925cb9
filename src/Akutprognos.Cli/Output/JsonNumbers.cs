using System.Text.Json;

namespace Akutprognos.Cli.Output;

/// <summary>JSON has no NaN: an undefined measure is written as null, every other number rounded for people to read.</summary>
static class JsonNumbers
{
    public static void Write(Utf8JsonWriter writer, string name, double value, int digits = 4)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, Math.Round(value, digits));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
