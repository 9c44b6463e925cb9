using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Akutprognos.Web.Tests.Accounts;

/// <summary>
/// A tiny OpenID provider on loopback (Kestrel): discovery, a JWKS with an RSA key made for this run, an authorize
/// endpoint that signs the next user in at once (answering with the auto-posting form of <c>form_post</c>) and a token endpoint that checks the PKCE verifier and returns an
/// RS256 ID token with the nonce, <c>sub</c>, <c>preferred_username</c> and <c>groups</c>.
/// </summary>
sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "akutprognos-test";
    const string KeyId = "test-key";

    readonly RSA key = RSA.Create(2048);
    readonly ConcurrentDictionary<string, Grant> grants = new(StringComparer.Ordinal);
    readonly WebApplication app;

    OidcProvider(WebApplication app) => this.app = app;

    /// <summary>The issuer and authority, e.g. <c>http://localhost:41234</c>.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>Who the next sign-in is: user name and group values.</summary>
    public (string Name, string[] Groups) NextUser { get; set; } = ("someone@region.example", []);

    /// <summary>Signs ID tokens with this key instead of the published one (a forged token).</summary>
    public RSA? ForgeWith { get; set; }

    /// <summary>The app's configuration for this provider: "Regionens konto", <c>grp-admins</c> admin, <c>grp-readers</c> viewer.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        [$"{OidcSettings.Section}:Authority"] = Issuer,
        [$"{OidcSettings.Section}:ClientId"] = ClientId,
        [$"{OidcSettings.Section}:DisplayName"] = "Regionens konto",
        [$"{OidcSettings.Section}:RequireHttpsMetadata"] = "false",
        [$"{OidcSettings.Section}:Roles:grp-admins"] = "admin",
        [$"{OidcSettings.Section}:Roles:grp-readers"] = "viewer",
    };

    public static async Task<OidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = new OidcProvider(builder.Build());
        provider.Map();
        await provider.app.StartAsync();
        var port = new Uri(provider.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        // Named "localhost", so to a browser the provider is another site than an app on 127.0.0.1, as in real use.
        provider.Issuer = $"http://localhost:{port}";
        return provider;
    }

    void Map()
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/jwks", Keys);
        app.MapGet("/authorize", Authorize);
        app.MapPost("/token", Token);
    }

    IResult Keys()
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } } });
    }

    IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["response_mode"] != "form_post" || query["code_challenge_method"] != "S256")
        {
            return Results.BadRequest();
        }
        var code = Guid.NewGuid().ToString("N");
        grants[code] = new Grant(query["nonce"].ToString(), query["code_challenge"].ToString(), query["redirect_uri"].ToString(), NextUser.Name, NextUser.Groups);
        // The answer a provider gives with response_mode=form_post: a form that the browser posts back at once.
        return Results.Content(
            $"""
            <form method="post" action="{Html(query["redirect_uri"])}">
            <input type="hidden" name="code" value="{code}" /><input type="hidden" name="state" value="{Html(query["state"])}" />
            </form><script>document.forms[0].submit()</script>
            """,
            "text/html");
    }

    static string Html(Microsoft.Extensions.Primitives.StringValues value) => System.Net.WebUtility.HtmlEncode(value.ToString());

    async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (!grants.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri ||
            Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.Challenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }
        var accessToken = Guid.NewGuid().ToString("N");
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = IdToken(grant, accessToken) });
    }

    string IdToken(Grant grant, string accessToken)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var atHash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(ForgeWith ?? key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "sub-" + grant.Name,
                ["preferred_username"] = grant.Name,
                ["groups"] = grant.Groups,
                ["nonce"] = grant.Nonce,
                ["at_hash"] = atHash,
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        key.Dispose();
    }

    sealed record Grant(string Nonce, string Challenge, string RedirectUri, string Name, string[] Groups);
}
