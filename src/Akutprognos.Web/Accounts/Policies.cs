using Akutprognos.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Akutprognos.Web.Accounts;

/// <summary>Who may do what: everyone logged in reads; planners and admins change data; admins change settings and accounts.</summary>
public static class Policies
{
    /// <summary>Change data and plans: planner or admin.</summary>
    public const string Change = "change";

    /// <summary>Users, keys, settings and the audit log: admin only.</summary>
    public const string Admin = "admin";

    /// <summary>Metrics: any login or key, or a request from this machine.</summary>
    public const string Metrics = "metrics";

    internal static AuthorizationBuilder AddPolicies(this AuthorizationBuilder authorization) => authorization
        // Nothing is open unless it says so ([AllowAnonymous]): only /health, the login page and the language switch do.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Change, policy => policy.RequireRole(AccountRoles.Admin, AccountRoles.Planner))
        .AddPolicy(Admin, policy => policy.RequireRole(AccountRoles.Admin))
        .AddPolicy(Metrics, policy => policy.RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true ||
            (context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address))));
}
