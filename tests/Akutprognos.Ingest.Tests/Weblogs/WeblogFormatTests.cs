using Akutprognos.Ingest.Weblogs;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Weblogs;

public sealed class WeblogFormatTests
{
    static WeblogResult Read(string name, string text, WeblogOptions? options = null)
    {
        using var folder = new ScratchFolder();
        return new WeblogReader(options ?? new WeblogOptions { TimeZone = TimeZoneInfo.Utc }).Read([folder.Write(name, text)]);
    }

    static List<(string Hour, int Visitors)> Hours(WeblogResult result) =>
        [.. result.Hourly("all").Select(h => (h.Hour.UtcDateTime.ToString("yyyy-MM-dd HH", System.Globalization.CultureInfo.InvariantCulture), h.Visitors))];

    [Fact]
    public void Read_CommonFormat_VisitorIsAddressWithEmptyAgent()
    {
        var result = Read("access.log", """
            127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.html HTTP/1.0" 200 2326
            127.0.0.1 - - [10/Oct/2000:13:59:59 -0700] "GET /other.html HTTP/1.0" 200 -
            127.0.0.2 - - [10/Oct/2000:14:00:00 -0700] "POST /form HTTP/1.0" 302 -
            """);

        Assert.Equal([("2000-10-10 20", 1), ("2000-10-10 21", 1)], Hours(result));
    }

    [Fact]
    public void Read_CombinedWithEscapedQuotesAndNginxExtras_ReadsAgent()
    {
        var result = Read("access.log", """
            10.0.0.1 - - [06/Jan/2025:18:01:00 +0100] "GET /a?x=\"q\" HTTP/1.1" 200 10 "http://r/\"x\"" "Mozilla/5.0 \"quoted\"" "1.2.3.4" rt=0.01
            10.0.0.1 - - [06/Jan/2025:18:02:00 +0100] "GET /b HTTP/1.1" 200 10 "-" "Googlebot/2.1" "-"
            """);

        Assert.Equal([("2025-01-06 17", 1)], Hours(result));
        Assert.Equal(1, result.Counts.Crawlers);
        Assert.Equal(0, result.Counts.Malformed);
    }

    [Fact]
    public void Read_W3cFieldsChangeMidFile_UsesEachLayout()
    {
        var result = Read("u_ex.log", """
            #Software: Microsoft Internet Information Services 10.0
            #Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent)
            2025-01-06 17:05:00 10.0.0.1 GET /a 200 Mozilla/5.0+(Windows)
            #Fields: time date cs(User-Agent) cs-uri-stem c-ip sc-status
            17:10:00 2025-01-06 Mozilla/5.0+(Mac) /b 10.0.0.2 200
            17:20:00 2025-01-06 Mozilla/5.0+(compatible;+bingbot/2.0) /b 10.0.0.3 200
            17:30:00 2025-01-06 only-three-fields
            """);

        Assert.Equal([("2025-01-06 17", 2)], Hours(result));
        Assert.Equal(1, result.Counts.Crawlers);
        Assert.Equal(1, result.Counts.Malformed);
        Assert.Equal(["u_ex.log:7: 3 fields where #Fields names 6"], result.MalformedLines.Select(Path.GetFileName));
    }

    [Fact]
    public void Read_JsonLayouts_ReadsTimeFormatsAndNestedFields()
    {
        var result = Read("mixed.jsonl", """
            {"time_local":"06/Jan/2025:18:05:00 +0100","remote_addr":"10.0.0.1","request_method":"GET","request_uri":"/a\/b","status":"200","http_user_agent":"Mozilla/5.0"}
            {"ts":1736182800.5,"request":{"remote_ip":"10.0.0.2","method":"GET","uri":"/c","headers":{"User-Agent":["Mozilla/5.0 (X11)"]}},"status":200}
            {"EdgeStartTimestamp":1736182900000000000,"ClientIP":"10.0.0.3","ClientRequestMethod":"GET","ClientRequestURI":"/d","EdgeResponseStatus":304,"ClientRequestUserAgent":"Mozilla/5.0 (Mac)"}
            {"time":"2025-01-06T17:20:00Z","remote_addr":"10.0.0.4","request":"POST /e HTTP/2.0","status":201,"http_user_agent":"curl/8.0"}
            {"time":"not a time","remote_addr":"10.0.0.5","request":"GET /f HTTP/2.0","status":200}
            {"unterminated":
            """);

        Assert.Equal([("2025-01-06 17", 3)], Hours(result));
        Assert.Equal(1, result.Counts.Crawlers);
        Assert.Equal(2, result.Counts.Malformed);
    }

    [Fact]
    public void Read_JsonVisitorIdOnRequest_CountsIdsInsteadOfAddresses()
    {
        const string Log = """
            {"time":"2025-01-06T17:00:01Z","remote_addr":"10.0.0.1","uri":"/a","status":200,"ua":"M","uid":"u1"}
            {"time":"2025-01-06T17:00:02Z","remote_addr":"10.0.0.2","uri":"/a","status":200,"ua":"M","uid":"u1"}
            {"time":"2025-01-06T17:00:03Z","remote_addr":"10.0.0.2","uri":"/a","status":200,"ua":"M","uid":"u2"}
            """;

        Assert.Equal([("2025-01-06 17", 2)], Hours(Read("ids.jsonl", Log)));
        Assert.Equal([("2025-01-06 17", 2)], Hours(Read("ids.jsonl", Log, new WeblogOptions { TimeZone = TimeZoneInfo.Utc, UseVisitorId = true })));
        var byId = new WeblogOptions { TimeZone = TimeZoneInfo.Utc, UseVisitorId = true, JsonFields = new JsonFields().With("visitor=uid").With("client=nothing") };
        Assert.Equal([("2025-01-06 17", 1)], Hours(Read("ids.jsonl", Log.Replace("\"uid\":\"u2\"", "\"uid\":\"u1\"", StringComparison.Ordinal), byId)));
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/app.JS", true)]
    [InlineData("/x.woff2?v=1", true)]
    [InlineData("/page.html", false)]
    [InlineData("/dir.css/page", false)]
    [InlineData("/film.webm#t=1", true)]
    public void IsAsset_Path_FollowsExtensionList(string target, bool asset) =>
        Assert.Equal(asset, RequestRules.IsAsset(RequestRules.PathOf(System.Text.Encoding.UTF8.GetBytes(target))));

    [Theory]
    [InlineData("/sjukdomar--besvar/**", "/sjukdomar--besvar/feber/", true)]
    [InlineData("/sjukdomar--besvar/**", "/sjukdomar--besvar", true)]
    [InlineData("/sjukdomar--besvar/**", "/sjukdomar--besvarx", false)]
    [InlineData("/*/feber/", "/a/feber/", true)]
    [InlineData("/*/feber/", "/a/b/feber/", false)]
    [InlineData("/**/feber/", "/a/b/feber/", true)]
    [InlineData("/s?k/", "/sok/", true)]
    public void SignalRule_Glob_MatchesPaths(string glob, string path, bool matches) =>
        Assert.Equal(matches, new SignalRule("s", glob).Matches(System.Text.Encoding.UTF8.GetBytes(path)));
}
