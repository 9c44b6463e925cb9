using System.Text;
using System.Text.Json;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// JSON lines: one object per line, field names from <see cref="JsonFields"/>. Times may be ISO 8601 text,
/// the common log format's text (Nginx <c>$time_local</c>), or epoch seconds, milli-, micro- or nanoseconds.
/// </summary>
internal sealed class JsonLogParser : ILogParser
{
    const int Roles = 8;
    const int Time = 0, Client = 1, Method = 2, Target = 3, Status = 4, Agent = 5, RequestLine = 6, Visitor = 7;

    readonly byte[][][] names;
    readonly byte[][] values = new byte[Roles][];
    readonly int[] lengths = new int[Roles];
    readonly int[] rank = new int[Roles];
    readonly byte[] path = new byte[512];

    public JsonLogParser(JsonFields fields, bool useVisitorId)
    {
        IReadOnlyList<string>[] lists =
            [fields.Time, fields.Client, fields.Method, fields.Target, fields.Status, fields.Agent, fields.RequestLine, useVisitorId ? fields.VisitorId : []];
        names = [.. lists.Select(list => list.Select(Encoding.UTF8.GetBytes).ToArray())];
        for (var i = 0; i < Roles; i++)
        {
            values[i] = new byte[4096];
        }
    }

    public string? FileNote => null;

    public LineOutcome Parse(ReadOnlySpan<byte> line, ref LogRequest request, out string problem)
    {
        problem = "";
        if (LineBytes.IsBlank(line))
        {
            return LineOutcome.Skip;
        }
        Array.Fill(rank, int.MaxValue);
        try
        {
            Collect(line);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            problem = "not one valid JSON object";
            return LineOutcome.Malformed;
        }
        if (rank[Time] == int.MaxValue || !ParseTime(Value(Time), out request.UtcSeconds))
        {
            problem = "no readable time field";
            return LineOutcome.Malformed;
        }
        request.Client = Value(Client);
        request.Agent = Value(Agent);
        request.VisitorId = Value(Visitor);
        request.Method = Value(Method);
        request.Target = Value(Target);
        if ((request.Method.IsEmpty || request.Target.IsEmpty) && rank[RequestLine] != int.MaxValue)
        {
            var whole = Value(RequestLine);
            var space = whole.IndexOf((byte)' ');
            var target = space < 0 ? [] : whole[(space + 1)..];
            var end = target.IndexOf((byte)' ');
            request.Method = request.Method.IsEmpty ? (space < 0 ? whole : whole[..space]) : request.Method;
            request.Target = request.Target.IsEmpty ? (end < 0 ? target : target[..end]) : request.Target;
        }
        request.Status = -1;
        if (rank[Status] != int.MaxValue && !LogTime.Digits(Value(Status), out request.Status))
        {
            problem = "the status is not a number";
            return LineOutcome.Malformed;
        }
        if (request.Target.IsEmpty || (request.Client.IsEmpty && request.VisitorId.IsEmpty))
        {
            problem = "no request path or no client address";
            return LineOutcome.Malformed;
        }
        return LineOutcome.Request;
    }

    ReadOnlySpan<byte> Value(int role) => rank[role] == int.MaxValue ? [] : values[role].AsSpan(0, lengths[role]);

    static bool ParseTime(ReadOnlySpan<byte> text, out long utcSeconds) =>
        LogTime.TryParseIso(text, out utcSeconds) || LogTime.TryParseCommon(text, out utcSeconds) || LogTime.TryParseEpoch(text, out utcSeconds);

    void Collect(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        Span<int> depthPath = stackalloc int[64];
        var pathLength = 0;
        var arrayDepth = 0;
        var pendingName = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    // A name too long for the path buffer cannot be one of ours; it is read as empty.
                    pendingName = reader.ValueSpan.Length < path.Length - pathLength - 1 ? reader.CopyString(path.AsSpan(pathLength)) : 0;
                    break;
                case JsonTokenType.StartObject when arrayDepth == 0 && reader.CurrentDepth < depthPath.Length:
                    depthPath[reader.CurrentDepth] = pathLength;
                    pathLength += pendingName;
                    path[pathLength++] = (byte)'.';
                    break;
                case JsonTokenType.EndObject when arrayDepth == 0 && reader.CurrentDepth > 0 && reader.CurrentDepth < depthPath.Length:
                    pathLength = depthPath[reader.CurrentDepth];
                    break;
                case JsonTokenType.StartArray:
                    arrayDepth++;
                    break;
                case JsonTokenType.EndArray:
                    arrayDepth--;
                    break;
                case JsonTokenType.String or JsonTokenType.Number when pathLength + pendingName < path.Length:
                    Take(ref reader, path.AsSpan(0, pathLength + pendingName));
                    break;
            }
        }
        if (reader.BytesConsumed != line.Length && !LineBytes.IsBlank(line[(int)reader.BytesConsumed..]))
        {
            throw new JsonException();
        }
    }

    // The first string or number under a name counts, also when it is the first element of an array.
    void Take(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        for (var role = 0; role < Roles; role++)
        {
            var candidates = names[role];
            for (var i = 0; i < candidates.Length && i < rank[role]; i++)
            {
                if (name.SequenceEqual(candidates[i]))
                {
                    var raw = reader.HasValueSequence ? [] : reader.ValueSpan;
                    lengths[role] = reader.ValueIsEscaped && reader.TokenType == JsonTokenType.String
                        ? (raw.Length <= values[role].Length ? reader.CopyString(values[role]) : 0)
                        : Copy(raw, values[role]);
                    rank[role] = i;
                    break;
                }
            }
        }
    }

    static int Copy(ReadOnlySpan<byte> raw, byte[] into)
    {
        var length = Math.Min(raw.Length, into.Length);
        raw[..length].CopyTo(into);
        return length;
    }
}
