using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Akutprognos.Cli.Output;

/// <summary>Writing JSON results to stdout and the values in them.</summary>
static class JsonOutput
{
    /// <summary>
    /// Writes one indented JSON document built by <paramref name="body"/>, then a newline. Relaxed escaping keeps
    /// "+01:00" and "Södersjukhuset" readable; the output goes to a terminal or a file, never into HTML.
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>JSON has no NaN: an undefined measure is written as null, every other number rounded for people to read.</summary>
    public static void Number(Utf8JsonWriter writer, string name, double value, int digits = 4)
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

    /// <summary>ISO 8601 local time with its offset, e.g. 2025-01-06T18:00:00+01:00.</summary>
    public static string LocalTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
