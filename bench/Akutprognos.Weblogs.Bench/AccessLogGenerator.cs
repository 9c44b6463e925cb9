using System.Globalization;

namespace Akutprognos.Weblogs.Bench;

/// <summary>
/// A deterministic combined log of a health portal: 28 days from 2025-03-10 (across the spring clock change),
/// an evening peak, visitors who load a few pages with their assets, crawlers and tools (about 15% of lines),
/// errors, other methods, IPv4 and IPv6 clients and some lines a few seconds out of order, as servers write them.
/// Times are Stockholm local time with their offset, as Apache writes them on a server in that zone.
/// </summary>
sealed class AccessLogGenerator(int seed)
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    static readonly DateTimeOffset Start = new(2025, 3, 9, 23, 0, 0, TimeSpan.Zero);
    const int Days = 28;

    static readonly string[] Sections = ["sjukdomar--besvar", "hitta-vard", "behandling--undersokning", "barn--gravid", "liv--halsa", "e-tjanster", "om-1177"];
    static readonly string[] Topics = ["feber", "hosta", "magsjuka", "influensa", "covid-19", "urinvagsinfektion", "huvudvark", "utslag", "brostsmarta", "yrsel", "ont-i-magen", "allergi", "astma", "diabetes", "migran", "halsont", "oronsjukdom", "rsv", "vattkoppor", "borrelia"];
    static readonly string[] Assets = ["/static/css/main.4f2a1c.css", "/static/js/app.9b3e77.js", "/static/js/vendor.1d0c2f.mjs", "/static/js/app.9b3e77.js.map", "/images/logo.svg", "/images/hero-winter.webp", "/images/icons/phone.png", "/favicon.ico", "/fonts/inter-var.woff2", "/fonts/inter.woff", "/images/article/feber-barn.jpg", "/images/article/halsont.jpeg", "/media/film/handtvatt.mp4", "/images/map.avif", "/images/banner.gif"];
    static readonly string[] Browsers =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{0}.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{0}.0.0.0 Safari/537.36 Edg/{0}.0.2365.92",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{1} Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{1} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{1} Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{0}.0.6312.99 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{0}.0) Gecko/20100101 Firefox/{0}.0",
        "Mozilla/5.0 (iPad; CPU OS 16_{1} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.{1} Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{0}.0.0.0 Safari/537.36",
    ];
    static readonly string[] Robots =
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "Baiduspider+(+http://www.baidu.com/search/spider.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php) crawler",
        "python-requests/2.31.0",
        "curl/8.5.0",
        "Wget/1.21.4",
        "Go-http-client/2.0",
        "Java/17.0.2",
        "libwww-perl/6.72",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/121.0.6167.85 Safari/537.36",
        "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
        "UptimeRobot/2.0 (http://www.uptimerobot.com/)",
    ];

    readonly Random random = new(seed);

    public void Write(TextWriter output, int lines)
    {
        var clients = Enumerable.Range(0, 180_000).Select(_ => Client()).ToArray();
        var agents = Enumerable.Range(0, 900).Select(_ => Agent()).ToArray();
        var weights = Enumerable.Range(0, Days * 24).Select(Weight).ToArray();
        var total = weights.Sum();
        var written = 0;
        for (var hour = 0; hour < weights.Length && written < lines; hour++)
        {
            var inHour = hour == weights.Length - 1 ? lines - written : (int)Math.Round(lines * weights[hour] / total);
            inHour = Math.Min(inHour, lines - written);
            var hourStart = Start.AddHours(hour);
            var second = 0.0;
            while (inHour > 0)
            {
                second = Math.Min(3599, second + (random.NextDouble() * 7200.0 * 6 / Math.Max(1, inHour)));
                var at = hourStart.AddSeconds(second + (random.Next(10) == 0 ? -random.Next(5) : 0));
                var burst = Math.Min(inHour, random.Next(10) < 2 ? 1 : 1 + random.Next(9));
                if (random.Next(100) < 15)
                {
                    var robot = Robots[random.Next(Robots.Length)];
                    var address = random.Next(2) == 0 ? $"66.249.{random.Next(64, 96)}.{random.Next(256)}" : clients[random.Next(clients.Length)];
                    for (var i = 0; i < burst; i++)
                    {
                        output.Write(Line(address, at, random.Next(4) == 0 ? Asset() : Page(), "-", robot));
                    }
                }
                else
                {
                    var person = (int)Math.Min(clients.Length - 1, Math.Pow(random.NextDouble(), 1.6) * clients.Length);
                    var agent = agents[(person * 7 + random.Next(2)) % agents.Length];
                    var page = Page();
                    for (var i = 0; i < burst; i++)
                    {
                        output.Write(Line(clients[person], at.AddSeconds(i), i == 0 ? page : random.Next(3) == 0 ? Page() : Asset(), i == 0 ? Referer() : random.Next(3) == 0 ? "https://www.1177.se" + page : random.Next(2) == 0 ? "https://www.1177.se/" : "-", agent));
                    }
                }
                written += burst;
                inHour -= burst;
            }
        }
    }

    string Line(string client, DateTimeOffset utc, string target, string referer, string agent)
    {
        var local = TimeZoneInfo.ConvertTime(utc, Stockholm);
        var roll = random.Next(1000);
        var method = roll < 950 ? "GET" : roll < 980 ? "POST" : roll < 995 ? "HEAD" : "OPTIONS";
        var s = random.Next(1000);
        var status = s < 800 ? 200 : s < 900 ? 304 : s < 930 ? 301 : s < 940 ? 302 : s < 980 ? 404 : s < 985 ? 403 : s < 990 ? 206 : s < 995 ? 500 : 503;
        var size = status is 304 or 301 or 302 ? 0 : random.Next(200, 90_000);
        var offset = local.Offset.Hours.ToString("+00;-00", Invariant) + "00";
        return string.Create(Invariant,
            $"{client} - - [{local:dd'/'MMM'/'yyyy':'HH':'mm':'ss} {offset}] \"{method} {target} HTTP/{(random.Next(3) == 0 ? "1.1" : "2.0")}\" {status} {size} \"{referer}\" \"{agent}\"\n");
    }

    string Client() => random.Next(10) == 0
        ? string.Create(Invariant, $"2001:db8:{random.Next(0x10000):x}:{random.Next(0x10000):x}::{random.Next(0x10000):x}")
        : string.Create(Invariant, $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}");

    string Agent() => string.Format(Invariant, Browsers[random.Next(Browsers.Length)], 110 + random.Next(15), random.Next(7));

    string Page()
    {
        var section = Sections[Math.Min(Sections.Length - 1, (int)(Math.Pow(random.NextDouble(), 2) * Sections.Length))];
        var topic = Topics[random.Next(Topics.Length)];
        return random.Next(6) switch
        {
            0 => $"/{section}/",
            1 => $"/{section}/{topic}/?utm_source=nl&id={random.Next(10_000)}",
            2 => $"/sok/?q={topic}",
            3 => $"/{section}/{topic}/{topic}-hos-barn/",
            _ => $"/{section}/{topic}/",
        };
    }

    string Asset() => Assets[random.Next(Assets.Length)] + (random.Next(4) == 0 ? "?v=" + random.Next(100).ToString(Invariant) : "");

    string Referer() => random.Next(3) switch
    {
        0 => "-",
        1 => "https://www.google.com/",
        _ => "https://www.1177.se/",
    };

    // Traffic by local hour: low at night, high in the evening, a little higher on Mondays and Sundays.
    static double Weight(int hour)
    {
        var local = TimeZoneInfo.ConvertTime(Start.AddHours(hour), Stockholm);
        double[] profile = [0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.3, 0.6, 0.85, 0.9, 0.9, 0.95, 1.0, 0.95, 0.9, 0.9, 0.95, 1.05, 1.25, 1.4, 1.45, 1.3, 0.9, 0.5];
        var day = local.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Sunday ? 1.15 : 1.0;
        return profile[local.Hour] * day;
    }
}
