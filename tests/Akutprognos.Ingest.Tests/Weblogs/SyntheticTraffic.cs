using System.Globalization;
using System.Text.RegularExpressions;

namespace Akutprognos.Ingest.Tests.Weblogs;

/// <summary>
/// Random requests with known fields, written as log lines, and the visitors per local hour computed from the
/// fields themselves by the plain rules of evaluation §2, without any parsing: the reference the reader must equal.
/// </summary>
sealed partial class SyntheticTraffic
{
    static readonly string[] Browsers =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
        "-",
    ];

    static readonly string[] Robots = ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.31", "Mozilla/5.0 (compatible; SpiderX/1.0)", "Java/17", "MyCrawler 1.0"];
    static readonly string[] Paths = ["/", "/sjukdomar--besvar/feber/", "/sjukdomar--besvar/hosta/?q=1", "/hitta-vard/", "/app.js", "/style.CSS", "/img/a.png?v=2", "/font.woff2", "/report.pdf", "/sjukdomar--besvar"];
    static readonly string[] Methods = ["GET", "GET", "GET", "POST", "HEAD", "PUT"];
    static readonly int[] Statuses = [200, 200, 200, 304, 301, 404, 500, 101, 399, 400];

    public sealed record Request(string Client, DateTimeOffset Time, string Method, string Path, int Status, string Agent);

    public List<Request> Requests { get; } = [];

    /// <summary>Requests over <paramref name="hours"/> hours from <paramref name="start"/>, a third of them by a small pool of clients so visitors repeat.</summary>
    public static SyntheticTraffic Create(int seed, int count, DateTimeOffset start, int hours)
    {
        var random = new Random(seed);
        var traffic = new SyntheticTraffic();
        for (var i = 0; i < count; i++)
        {
            var client = random.Next(3) == 0 ? $"10.0.0.{random.Next(20)}" : $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}";
            var agent = random.Next(5) == 0 ? Robots[random.Next(Robots.Length)] : Browsers[random.Next(Browsers.Length)];
            var time = start.AddSeconds(random.Next(hours * 3600));
            traffic.Requests.Add(new Request(client, time, Methods[random.Next(Methods.Length)], Paths[random.Next(Paths.Length)], Statuses[random.Next(Statuses.Length)], agent));
        }
        return traffic;
    }

    /// <summary>Visitors per local hour (the hour's UTC start) by the rules, for requests whose path matches <paramref name="pathPrefix"/>.</summary>
    public SortedDictionary<DateTimeOffset, int> Expected(TimeZoneInfo zone, string pathPrefix = "")
    {
        var counted = Requests.Where(r => r.Method is "GET" or "POST" && r.Status is >= 100 and <= 399
            && !AssetPath().IsMatch(r.Path.Split('?')[0]) && !RobotAgent().IsMatch(r.Agent) && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
        var byHour = counted.GroupBy(r => LocalHourStart(r.Time, zone)).ToDictionary(g => g.Key, g => g.Select(r => (r.Client, r.Agent)).Distinct().Count());
        return new SortedDictionary<DateTimeOffset, int>(byHour);
    }

    static DateTimeOffset LocalHourStart(DateTimeOffset time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset).ToUniversalTime();
    }

    /// <summary>Combined format with the time written in <paramref name="writtenZone"/>'s offset, as a server there would.</summary>
    public IEnumerable<string> Combined(TimeZoneInfo writtenZone) => Requests.Select(r =>
    {
        var local = TimeZoneInfo.ConvertTime(r.Time, writtenZone);
        var offset = (local.Offset < TimeSpan.Zero ? "-" : "+") + local.Offset.ToString("hhmm", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.Client} - - [{local:dd/MMM/yyyy:HH:mm:ss} {offset}] \"{r.Method} {r.Path} HTTP/1.1\" {r.Status} 512 \"-\" \"{r.Agent}\"");
    });

    public IEnumerable<string> Json() => Requests.Select(r => string.Create(CultureInfo.InvariantCulture,
        $$"""{"time":"{{r.Time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}","remote_addr":"{{r.Client}}","request":"{{r.Method}} {{r.Path}} HTTP/2.0","status":{{r.Status}},"http_user_agent":"{{r.Agent}}"}"""));

    public IEnumerable<string> W3c()
    {
        yield return "#Software: Microsoft Internet Information Services 10.0";
        yield return "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) sc-status";
        foreach (var r in Requests)
        {
            var path = r.Path.Split('?');
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{r.Time.UtcDateTime:yyyy-MM-dd HH:mm:ss} 10.1.1.1 {r.Method} {path[0]} {(path.Length > 1 ? path[1] : "-")} {r.Client} {r.Agent.Replace(' ', '+')} {r.Status}");
        }
    }

    [GeneratedRegex(@"\.(css|js|mjs|map|png|jpg|jpeg|gif|svg|ico|webp|avif|bmp|woff|woff2|ttf|otf|eot|mp3|mp4|webm)$", RegexOptions.IgnoreCase)]
    private static partial Regex AssetPath();

    [GeneratedRegex("bot|crawl|spider|slurp|python-requests|curl|wget|go-http-client|java/|libwww|headlesschrome", RegexOptions.IgnoreCase)]
    private static partial Regex RobotAgent();
}
