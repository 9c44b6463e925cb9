using System.Text;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>
/// RFC 4180 CSV fields. A field that a spreadsheet would run as a formula (starting with =, +, -, @) gets a
/// leading apostrophe: board text is written by many people and opened in Excel. Written here rather
/// than with a CSV library because the core has no I/O and these exports are a few columns of text.
/// </summary>
internal static class CsvText
{
    public static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    static string Field(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
