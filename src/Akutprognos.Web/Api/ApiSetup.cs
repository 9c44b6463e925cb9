using Akutprognos.Web.Accounts;
using Prometheus;
using Scalar.AspNetCore;

namespace Akutprognos.Web.Api;

/// <summary>The HTTP API, its OpenAPI document and reference page, and the Prometheus metrics.</summary>
static class ApiSetup
{
    public const string DocumentPath = "/api/openapi.json";

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IngestApi.Store>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseHttpMetrics();
        app.MapOpenApi(DocumentPath);
        // The reference page and its script come from this app; its default web fonts would come from another host.
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("Akutprognos API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts());
        app.MapForecasts();
        app.MapIngest();
        app.MapStatus();
        app.MapMetrics("/metrics").RequireAuthorization(Policies.Metrics);
        return app;
    }
}
