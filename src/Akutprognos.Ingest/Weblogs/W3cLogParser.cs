using System.Text;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// W3C extended log format (IIS and others): directives start with '#', and each <c>#Fields:</c> line names
/// the space-separated fields of the lines after it, so the layout may change in mid-file. Times are UTC
/// (<c>date</c> and <c>time</c>), as the format defines. A layout without <c>cs-uri-stem</c> is no web
/// server log (e.g. a firewall log): its lines are skipped and the file gets a note.
/// </summary>
internal sealed class W3cLogParser : ILogParser
{
    const int MaxFields = 64;

    int date = -1, time = -1, client = -1, method = -1, target = -1, status = -1, agent = -1, fieldCount = -1;
    bool usable;
    readonly HashSet<string> notes = [];

    public string? FileNote => notes.Count == 0 ? null : string.Join("; ", notes);

    public LineOutcome Parse(ReadOnlySpan<byte> line, ref LogRequest request, out string problem)
    {
        problem = "";
        if (LineBytes.IsBlank(line))
        {
            return LineOutcome.Skip;
        }
        if (line[0] == '#')
        {
            if (line.StartsWith("#Fields:"u8))
            {
                ReadFields(line[8..]);
            }
            return LineOutcome.Skip;
        }
        if (fieldCount < 0)
        {
            problem = "no #Fields: line before it";
            return LineOutcome.Malformed;
        }
        if (!usable)
        {
            return LineOutcome.Skip;
        }
        Span<Range> fields = stackalloc Range[MaxFields + 1];
        var count = LineBytes.Split(line, fields, (byte)' ');
        if (count != fieldCount)
        {
            problem = $"{count} fields where #Fields names {fieldCount}";
            return LineOutcome.Malformed;
        }
        if (!LogTime.TryParseW3c(line[fields[date]], line[fields[time]], out request.UtcSeconds))
        {
            problem = "no valid date and time";
            return LineOutcome.Malformed;
        }
        request.Client = line[fields[client]];
        request.Target = line[fields[target]];
        request.Method = method < 0 ? [] : line[fields[method]];
        request.Agent = agent < 0 || line[fields[agent]].SequenceEqual("-"u8) ? [] : line[fields[agent]];
        request.AgentPlusForSpace = true;
        request.Status = -1;
        if (status >= 0 && !LogTime.Digits(line[fields[status]], out request.Status))
        {
            problem = "the status is not a number";
            return LineOutcome.Malformed;
        }
        return LineOutcome.Request;
    }

    void ReadFields(ReadOnlySpan<byte> text)
    {
        var names = Encoding.ASCII.GetString(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        fieldCount = Math.Min(names.Length, MaxFields);
        int Find(string name) => Array.FindIndex(names, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        (date, time, client, method, target, status, agent) =
            (Find("date"), Find("time"), Find("c-ip"), Find("cs-method"), Find("cs-uri-stem"), Find("sc-status"), Find("cs(User-Agent)"));
        var missing = new[] { ("date", date), ("time", time), ("c-ip", client), ("cs-uri-stem", target) }.Where(f => f.Item2 < 0).Select(f => f.Item1).ToArray();
        usable = missing.Length == 0;
        if (!usable)
        {
            notes.Add($"#Fields lacks {string.Join(", ", missing)}, so its lines are no countable web requests and were skipped");
        }
    }
}
