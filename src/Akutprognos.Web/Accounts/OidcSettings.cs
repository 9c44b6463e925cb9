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

    /// <summary>
    /// The settings, or null when the section is absent (then nothing changes). Every value is checked here, at
    /// start, so a mistake stops the server with a <see cref="SettingException"/> naming the key instead of
    /// failing at the first sign-in.
    /// </summary>
    public static OidcSettings? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.GetChildren().Any())
        {
            return null;
        }
        var requireHttps = ReadRequireHttps(section);
        return new OidcSettings(
            ReadAuthority(section, requireHttps),
            Required(section, "ClientId", "the application (client) id registered at the provider"),
            ReadSecret(section),
            Optional(section, "DisplayName") ?? "OpenID Connect",
            ReadCallbackPath(section),
            Optional(section, "RoleClaim") ?? "groups",
            ReadRoles(section),
            requireHttps);
    }

    static string ReadAuthority(IConfigurationSection section, bool requireHttps)
    {
        var value = Required(section, "Authority", "the provider's issuer URL");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw Bad("Authority", $"'{value}' is not an absolute https URL");
        }
        // Plain http only for a provider on this machine, and only when the operator has said so.
        if (uri.Scheme == Uri.UriSchemeHttp && (requireHttps || !uri.IsLoopback))
        {
            throw Bad("Authority", $"'{value}' is not an https URL (http is allowed only on loopback with RequireHttpsMetadata=false)");
        }
        return value;
    }

    static bool ReadRequireHttps(IConfigurationSection section) => Optional(section, "RequireHttpsMetadata") switch
    {
        null => true,
        var value when bool.TryParse(value, out var https) => https,
        var value => throw Bad("RequireHttpsMetadata", $"'{value}' is not true or false"),
    };

    static string ReadCallbackPath(IConfigurationSection section) => Optional(section, "CallbackPath") switch
    {
        null => "/signin-oidc",
        ['/', _, ..] and var path when Uri.IsWellFormedUriString(path, UriKind.Relative) && !path.Contains('?', StringComparison.Ordinal) => path,
        var path => throw Bad("CallbackPath", $"'{path}' is not a path on this site such as /signin-oidc"),
    };

    // The environment variable maps onto the same key, so a value there without the variable came from a file.
    static string? ReadSecret(IConfigurationSection section)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } secret ? secret : null;
        if (fromEnvironment is null && Optional(section, "ClientSecret") is not null)
        {
            throw Bad("ClientSecret", $"set it in the environment variable {SecretVariable} only, not in a configuration file");
        }
        return fromEnvironment;
    }

    static Dictionary<string, string> ReadRoles(IConfigurationSection section)
    {
        var roles = section.GetSection("Roles").GetChildren().ToDictionary(
            value => value.Key,
            value => AccountRoles.All.Contains(value.Value, StringComparer.Ordinal)
                ? value.Value!
                : throw Bad($"Roles:{value.Key}", $"'{value.Value}' is not admin, planner or viewer"),
            // Configuration keys ignore case, so the values they name are matched the same way.
            StringComparer.OrdinalIgnoreCase);
        return roles.Count > 0
            ? roles
            : throw Bad("Roles", "maps no group or role value to admin, planner or viewer, so nobody could sign in");
    }

    static string Required(IConfigurationSection section, string key, string what) =>
        Optional(section, key) ?? throw Bad(key, $"missing; OpenID Connect sign-in needs {what}");

    static string? Optional(IConfigurationSection section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null : section[key]!.Trim();

    static SettingException Bad(string key, string problem) => new($"{Section}:{key}", problem);

    /// <summary>The most powerful role any of <paramref name="values"/> maps to, or null when none does.</summary>
    public string? RoleFor(IEnumerable<string> values)
    {
        var mapped = values.Select(value => Roles.GetValueOrDefault(value)).ToHashSet(StringComparer.Ordinal);
        return AccountRoles.All.FirstOrDefault(mapped.Contains);
    }
}
