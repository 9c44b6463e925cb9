namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// Which JSON fields of a JSON-lines log hold what. Each role lists candidate names, the first present wins;
/// nested fields are written with dots (<c>request.headers.User-Agent</c>; an array value counts by its first
/// element). The defaults cover the usual Nginx <c>log_format … escape=json</c> variable names, Caddy,
/// Traefik, Cloudflare Logpush, Fastly and CloudFront-style field names.
/// </summary>
public sealed record JsonFields
{
    public IReadOnlyList<string> Time { get; init; } =
        ["time", "timestamp", "@timestamp", "time_iso8601", "time_local", "ts", "EdgeStartTimestamp", "StartTime", "date", "msec"];

    public IReadOnlyList<string> Client { get; init; } =
        ["remote_addr", "client_ip", "clientIp", "ClientIP", "client", "ip", "c-ip", "remote_ip", "request.remote_ip", "request.client_ip", "ClientAddr"];

    public IReadOnlyList<string> Method { get; init; } =
        ["request_method", "method", "ClientRequestMethod", "http_method", "cs-method", "request.method", "RequestMethod"];

    public IReadOnlyList<string> Target { get; init; } =
        ["request_uri", "uri", "path", "url", "ClientRequestURI", "ClientRequestPath", "cs-uri-stem", "request.uri", "RequestPath"];

    public IReadOnlyList<string> Status { get; init; } =
        ["status", "EdgeResponseStatus", "status_code", "sc-status", "response_status", "DownstreamStatus", "OriginStatus"];

    public IReadOnlyList<string> Agent { get; init; } =
        ["http_user_agent", "user_agent", "userAgent", "ClientRequestUserAgent", "agent", "ua", "cs(User-Agent)",
         "request.headers.User-Agent", "request_User-Agent"];

    /// <summary>A whole request line (<c>GET /path HTTP/1.1</c>, Nginx <c>$request</c>), used when method or target is missing.</summary>
    public IReadOnlyList<string> RequestLine { get; init; } = ["request"];

    /// <summary>A visitor id, used instead of address and agent only when the reader is asked to.</summary>
    public IReadOnlyList<string> VisitorId { get; init; } = ["visitor_id", "visitorId", "uid", "client_id"];

    /// <summary>
    /// Overrides one role from <c>ROLE=NAME[,NAME…]</c>, ROLE one of time, client, method, target, status, agent,
    /// request, visitor; throws <see cref="ArgumentException"/> for anything else.
    /// </summary>
    public JsonFields With(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        var names = equals < 0 ? [] : assignment[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new ArgumentException($"'{assignment}' is not ROLE=FIELD (e.g. client=ip).", nameof(assignment));
        }
        return assignment[..equals].Trim().ToLowerInvariant() switch
        {
            "time" => this with { Time = names },
            "client" => this with { Client = names },
            "method" => this with { Method = names },
            "target" or "path" => this with { Target = names },
            "status" => this with { Status = names },
            "agent" => this with { Agent = names },
            "request" => this with { RequestLine = names },
            "visitor" => this with { VisitorId = names },
            var role => throw new ArgumentException($"unknown JSON field role '{role}' (time, client, method, target, status, agent, request, visitor).", nameof(assignment)),
        };
    }
}
