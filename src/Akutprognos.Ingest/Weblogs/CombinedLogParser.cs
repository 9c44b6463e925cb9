namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// The NCSA common and combined log formats of Apache and Nginx:
/// <c>client ident user [time] "METHOD target PROTOCOL" status size ["referer" "agent" …]</c>.
/// Without the quoted referer and agent (common format) the agent is empty. Quotes inside quoted fields
/// must be escaped with a backslash, as Apache writes them (Nginx writes \x22).
/// </summary>
internal sealed class CombinedLogParser : ILogParser
{
    public string? FileNote => null;

    public LineOutcome Parse(ReadOnlySpan<byte> line, ref LogRequest request, out string problem)
    {
        problem = "";
        if (LineBytes.IsBlank(line))
        {
            return LineOutcome.Skip;
        }
        var space = line.IndexOf((byte)' ');
        var open = line.IndexOf((byte)'[');
        if (space <= 0 || open < space)
        {
            return Bad(out problem, "no client address and [time]");
        }
        var close = line[open..].IndexOf((byte)']') + open;
        if (close < open || !LogTime.TryParseCommon(line[(open + 1)..close], out request.UtcSeconds))
        {
            return Bad(out problem, "no valid [dd/Mon/yyyy:HH:mm:ss +zzzz] time");
        }
        request.Client = line[..space];
        var rest = line[(close + 1)..];
        if (!Quoted(rest, out var requestLine, out rest))
        {
            return Bad(out problem, "no quoted request after the time");
        }
        if (rest.Length < 4 || rest[0] != ' ' || !LogTime.Digits(rest.Slice(1, 3), out request.Status) || (rest.Length > 4 && rest[4] != ' '))
        {
            return Bad(out problem, "no three-digit status after the request");
        }
        rest = rest[4..];
        var method = requestLine.IndexOf((byte)' ');
        // An empty request ("") is no method at all, not an unrecorded one.
        request.Method = requestLine.IsEmpty ? "-"u8 : method < 0 ? requestLine : requestLine[..method];
        var target = method < 0 ? [] : requestLine[(method + 1)..];
        var end = target.IndexOf((byte)' ');
        request.Target = end < 0 ? target : target[..end];
        request.Agent = [];
        // Combined: size, then "referer" "agent"; anything after the agent (Nginx extras) is ignored.
        var quote = rest.IndexOf((byte)'"');
        if (quote >= 0)
        {
            if (!Quoted(rest[quote..], out _, out var afterReferer) || !Quoted(afterReferer, out request.Agent, out _))
            {
                return Bad(out problem, "the quoted referer and user agent are incomplete");
            }
        }
        return LineOutcome.Request;
    }

    /// <summary>Whether the line looks like this format at all, for detection.</summary>
    public static bool Looks(ReadOnlySpan<byte> line, out bool hasAgent)
    {
        var request = new LogRequest();
        var ok = new CombinedLogParser().Parse(line, ref request, out _) == LineOutcome.Request;
        hasAgent = ok && line.Count((byte)'"') >= 6;
        return ok;
    }

    /// <summary>The text of the quoted field that starts after optional spaces at the start of <paramref name="text"/>.</summary>
    static bool Quoted(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> value, out ReadOnlySpan<byte> rest)
    {
        value = rest = [];
        var start = text.IndexOfAnyExcept((byte)' ');
        if (start < 0 || text[start] != '"')
        {
            return false;
        }
        var body = text[(start + 1)..];
        var at = 0;
        while (true)
        {
            var q = body[at..].IndexOf((byte)'"');
            if (q < 0)
            {
                return false;
            }
            at += q;
            if (!Escaped(body, at))
            {
                value = body[..at];
                rest = body[(at + 1)..];
                return true;
            }
            at++;
        }
    }

    static bool Escaped(ReadOnlySpan<byte> body, int at)
    {
        var backslashes = 0;
        while (at - backslashes - 1 >= 0 && body[at - backslashes - 1] == '\\')
        {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static LineOutcome Bad(out string problem, string why)
    {
        problem = why;
        return LineOutcome.Malformed;
    }
}
