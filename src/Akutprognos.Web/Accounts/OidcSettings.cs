using Akutprognos.Storage.Accounts;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Sign-in with an OpenID Connect provider (section <c>Akutprognos:Oidc</c>): where the provider is, which client
/// this app is, and which group or role values in the ID token make an account an admin, planner or viewer.
/// </summary>
sealed record OidcSettings(
    string Authority,
    string ClientId,
    string? ClientSecret,
    string DisplayName,
    string CallbackPath,
    string RoleClaim,
    IReadOnlyDictionary<string, string> Roles,
    bool RequireHttpsMetadata)
{
    public const string Section = "Akutprognos:Oidc";

    // The secret is read from the process environment only, so it never sits in a configuration file.
    public const string SecretVariable = "Akutprognos__Oidc__ClientSecret";

    /// <summary>The settings, or null when no authority and client are configured (then nothing changes).</summary>
    public static OidcSettings? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["Authority"]) || string.IsNullOrWhiteSpace(section["ClientId"]))
        {
            return null;
        }
        var roles = section.GetSection("Roles").GetChildren().ToDictionary(
            value => value.Key,
            value => AccountRoles.All.Contains(value.Value, StringComparer.Ordinal)
                ? value.Value!
                : throw new InvalidOperationException($"{Section}:Roles:{value.Key} is '{value.Value}'; use admin, planner or viewer."),
            // Configuration keys ignore case, so the values they name are matched the same way.
            StringComparer.OrdinalIgnoreCase);
        if (roles.Count == 0)
        {
            throw new InvalidOperationException($"{Section}:Roles maps no group or role value to admin, planner or viewer, so nobody could sign in.");
        }
        return new OidcSettings(
            section["Authority"]!,
            section["ClientId"]!,
            Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } secret ? secret : null,
            section["DisplayName"] ?? "OpenID Connect",
            section["CallbackPath"] ?? "/signin-oidc",
            section["RoleClaim"] ?? "groups",
            roles,
            !bool.TryParse(section["RequireHttpsMetadata"], out var https) || https);
    }

    /// <summary>The most powerful role any of <paramref name="values"/> maps to, or null when none does.</summary>
    public string? RoleFor(IEnumerable<string> values)
    {
        var mapped = values.Select(value => Roles.GetValueOrDefault(value)).ToHashSet(StringComparer.Ordinal);
        return AccountRoles.All.FirstOrDefault(mapped.Contains);
    }
}
