using System.Security.Claims;
using System.Text.Encodings.Web;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Akutprognos.Web.Accounts;

/// <summary>Authenticates a request by the API key in <see cref="ApiKeys.Header"/> (or <c>Authorization: Bearer</c>).</summary>
sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AkutprognosDatabase database)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public static bool Carries(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeys.Header) ||
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[ApiKeys.Header].ToString();
        if (key.Length == 0 && Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = auth["Bearer ".Length..].Trim();
        }
        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (ApiKeys.Find(database, key) is not { } found)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown or revoked API key."));
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "key:" + found.Name), new Claim(ClaimTypes.Role, found.Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
