using System.Text.Json;
using Akutprognos.Storage.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Akutprognos.Web.Health;

/// <summary>
/// What <c>/health</c> answers. The status code is for load balancers: 200 when healthy or degraded (still serving,
/// someone should look), 503 when unhealthy. Anyone gets the one-word status; an admin (logged in, or with an admin
/// API key) also gets each check with the reason, as JSON, since reasons name the database and the failing runs.
/// </summary>
static class HealthResponse
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (!context.User.IsInRole(AccountRoles.Admin))
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync(report.Status.ToString());
        }
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), reason = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
