using Akutprognos.Web.Accounts;
using Microsoft.Extensions.Configuration;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class OidcSettingsTests
{
    static IConfiguration Configuration(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(value => KeyValuePair.Create<string, string?>($"{OidcSettings.Section}:{value.Key}", value.Value)))
        .Build();

    [Fact]
    public void From_NoSection_IsNull() => Assert.Null(OidcSettings.From(Configuration()));

    [Theory]
    [InlineData("Authority", "", "Akutprognos:Oidc:Authority: missing")]
    [InlineData("Authority", "notaurl", "Akutprognos:Oidc:Authority: 'notaurl' is not an absolute https URL")]
    [InlineData("Authority", "/realms/x", "Akutprognos:Oidc:Authority: '/realms/x' is not an absolute https URL")]
    [InlineData("Authority", "ftp://id.example", "Akutprognos:Oidc:Authority: 'ftp://id.example' is not an absolute https URL")]
    [InlineData("Authority", "http://id.example", "Akutprognos:Oidc:Authority: 'http://id.example' is not an https URL")]
    [InlineData("ClientId", " ", "Akutprognos:Oidc:ClientId: missing")]
    [InlineData("Roles:g1", "superuser", "Akutprognos:Oidc:Roles:g1: 'superuser' is not admin, planner or viewer")]
    [InlineData("RequireHttpsMetadata", "no", "Akutprognos:Oidc:RequireHttpsMetadata: 'no' is not true or false")]
    [InlineData("CallbackPath", "signin-oidc", "Akutprognos:Oidc:CallbackPath: 'signin-oidc' is not a path")]
    [InlineData("CallbackPath", "/", "Akutprognos:Oidc:CallbackPath: '/' is not a path")]
    [InlineData("ClientSecret", "in-a-file", "Akutprognos:Oidc:ClientSecret: set it in the environment variable Akutprognos__Oidc__ClientSecret only")]
    public void From_BadValue_ThrowsOneLineNamingTheKey(string key, string value, string expected)
    {
        var values = Valid().Where(pair => pair.Key != key).Append((key, value)).ToArray();
        var error = Assert.Throws<SettingException>(() => OidcSettings.From(Configuration(values)));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NoRoles_Throws() => Assert.Equal("Akutprognos:Oidc:Roles", Assert.Throws<SettingException>(() => OidcSettings.From(
        Configuration(("Authority", "https://id.example"), ("ClientId", "app")))).Key);

    [Theory]
    [InlineData("http://localhost:5001", "false")]
    [InlineData("http://127.0.0.1:5001/realms/r", "false")]
    [InlineData("https://id.example/tenant/v2.0", "true")]
    public void From_HttpsOrLoopbackAllowed_IsRead(string authority, string requireHttps)
    {
        var settings = OidcSettings.From(Configuration(("Authority", authority), ("ClientId", "app"), ("Roles:g1", "viewer"), ("RequireHttpsMetadata", requireHttps)))!;
        Assert.Equal((authority, bool.Parse(requireHttps)), (settings.Authority, settings.RequireHttpsMetadata));
    }

    [Fact]
    public void From_HttpLoopbackWithoutOptingOut_Throws() => Assert.Throws<SettingException>(() => OidcSettings.From(
        Configuration(("Authority", "http://localhost:5001"), ("ClientId", "app"), ("Roles:g1", "viewer"))));

    static (string Key, string Value)[] Valid() =>
        [("Authority", "https://id.example"), ("ClientId", "app"), ("Roles:g1", "viewer")];

    [Fact]
    public void From_Minimal_UsesDefaultsAndRequiresHttpsMetadata()
    {
        var settings = OidcSettings.From(Configuration(("Authority", "https://id.example"), ("ClientId", "app"), ("Roles:g1", "viewer")))!;
        Assert.Equal(("/signin-oidc", "groups", "OpenID Connect", true), (settings.CallbackPath, settings.RoleClaim, settings.DisplayName, settings.RequireHttpsMetadata));
    }

    [Theory]
    [InlineData("g-view,g-admin,g-plan", "admin")]
    [InlineData("g-view,g-plan", "planner")]
    [InlineData("other,g-view", "viewer")]
    [InlineData("other,G-ADMIN", "admin")]
    [InlineData("other,g-admins", null)]
    [InlineData("", null)]
    public void RoleFor_Values_IsTheMostPowerfulMappedRole(string values, string? expected)
    {
        var settings = OidcSettings.From(Configuration(("Authority", "https://id.example"), ("ClientId", "app"),
            ("Roles:g-admin", "admin"), ("Roles:g-plan", "planner"), ("Roles:g-view", "viewer")))!;
        Assert.Equal(expected, settings.RoleFor(values.Split(',', StringSplitOptions.RemoveEmptyEntries)));
    }
}
