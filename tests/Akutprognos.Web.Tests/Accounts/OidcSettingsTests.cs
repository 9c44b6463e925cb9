using Akutprognos.Web.Accounts;
using Microsoft.Extensions.Configuration;

namespace Akutprognos.Web.Tests.Accounts;

public sealed class OidcSettingsTests
{
    static IConfiguration Configuration(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(value => KeyValuePair.Create<string, string?>($"{OidcSettings.Section}:{value.Key}", value.Value)))
        .Build();

    [Fact]
    public void From_NoAuthority_IsNull() =>
        Assert.Null(OidcSettings.From(Configuration(("ClientId", "app"), ("Roles:g1", "admin"))));

    [Fact]
    public void From_UnknownRole_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OidcSettings.From(
            Configuration(("Authority", "https://id.example"), ("ClientId", "app"), ("Roles:g1", "superuser"))));
        Assert.Contains("Akutprognos:Oidc:Roles:g1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NoRoles_Throws() => Assert.Throws<InvalidOperationException>(() => OidcSettings.From(
        Configuration(("Authority", "https://id.example"), ("ClientId", "app"))));

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
