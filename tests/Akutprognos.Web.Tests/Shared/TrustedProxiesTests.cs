using System.Net;
using Akutprognos.TestSupport;
using Akutprognos.Web.Shared;
using Microsoft.Extensions.Configuration;

namespace Akutprognos.Web.Tests.Shared;

public sealed class TrustedProxiesTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    static IConfiguration Configuration(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(value => KeyValuePair.Create<string, string?>(value.Key, value.Value)))
        .Build();

    [Fact]
    public void From_ListAndSeparatedValue_ReadsAddressesAndNetworks()
    {
        var proxies = TrustedProxies.From(Configuration(
            ("Akutprognos:TrustedProxies:0", "10.0.0.5"), ("Akutprognos:TrustedProxies:1", "10.1.0.0/16, fd00::/8; 2001:db8::7")));
        Assert.Equal(["10.0.0.5", "2001:db8::7"], proxies.Addresses.Select(address => address.ToString()));
        Assert.Equal(["10.1.0.0/16", "fd00::/8"], proxies.Networks.Select(network => network.ToString()));
        Assert.Equal("10.0.0.5", Assert.Single(TrustedProxies.From(Configuration(("Akutprognos:TrustedProxies", "10.0.0.5"))).Addresses).ToString());
    }

    [Fact]
    public void From_Absent_IsEmpty() => Assert.Equal((0, 0), (TrustedProxies.From(Configuration()).Addresses.Count, TrustedProxies.From(Configuration()).Networks.Count));

    [Theory]
    [InlineData("10.0.0.300", "'10.0.0.300' is not an IP address")]
    [InlineData("10.5", "'10.5' is not an IP address")]
    [InlineData("proxy.example", "'proxy.example' is not an IP address")]
    [InlineData("10.1.2.0/16", "'10.1.2.0/16' is not a network")]
    [InlineData("10.1.0.0/33", "'10.1.0.0/33' is not a network")]
    public void From_BadEntry_ThrowsOneLineNamingTheKey(string entry, string problem)
    {
        var error = Assert.Throws<SettingException>(() => TrustedProxies.From(Configuration(
            ("Akutprognos:TrustedProxies:0", "10.0.0.5"), ("Akutprognos:TrustedProxies:1", entry))));
        Assert.StartsWith($"Akutprognos:TrustedProxies:1: {problem}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.1.200.3", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.6", false)]
    [InlineData("10.2.0.1", false)]
    public async Task ForwardedHeaders_FromPeer_HonouredOnlyFromTrustedProxies(string peer, bool trusted)
    {
        using var app = new TestApp(folder.PathOf("proxies.db"), settings: new Dictionary<string, string?>
        {
            ["Akutprognos:TrustedProxies:0"] = "10.0.0.5",
            ["Akutprognos:TrustedProxies:1"] = "10.1.0.0/16",
        });
        using var client = app.Client(IPAddress.Parse(peer));
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var login = await client.GetAsync(new Uri("/login", UriKind.Relative));
        var csrf = login.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith("akutprognos-csrf=", StringComparison.Ordinal));
        Assert.Equal(trusted, csrf.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        // A client claiming to be this machine: believed only through a trusted proxy, then /metrics opens as for loopback.
        using var metrics = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        metrics.Headers.Add("X-Forwarded-For", "127.0.0.1");
        using var answer = await client.SendAsync(metrics);
        Assert.Equal(trusted ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, answer.StatusCode);
    }
}
