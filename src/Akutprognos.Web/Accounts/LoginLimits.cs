using System.Threading.RateLimiting;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Log-in attempts per client address: a few per minute, then 429. The address is only a key of an
/// in-memory limiter; it is never written anywhere. Returns from an OpenID Connect provider count too, as each
/// failed one writes an audit line.
/// </summary>
static class LoginLimits
{
    public const int AttemptsPerWindow = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddLoginLimits(this IServiceCollection services, PathString? providerCallback) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsLoginAttempt(context.Request, providerCallback)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerWindow, Window = Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
    });

    static bool IsLoginAttempt(HttpRequest request, PathString? providerCallback) =>
        (HttpMethods.IsPost(request.Method) && request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase)) ||
        (providerCallback is { } callback && request.Path.Equals(callback, StringComparison.OrdinalIgnoreCase));
}
