using Akutprognos.Web.Health;
using Prometheus;
using Scalar.AspNetCore;

namespace Akutprognos.Web.Api;

/// <summary>The HTTP API, its OpenAPI document and reference page, and the Prometheus metrics.</summary>
static class ApiSetup
{
    public const string DocumentPath = "/api/openapi.json";

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options => options.Describe(builder.Configuration));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IngestApi.Store>();
        builder.Services.AddProblemDetails();
        builder.AddOperationsMetrics();
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseHttpMetrics();
        app.MapOpenApi(DocumentPath);
        // The reference page and its script come from this app. Everything of it that would reach another host
        // (web fonts, telemetry, the hosted assistant and tooling) is switched off: hospital intranets have no internet.
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("Akutprognos API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .HideClientButton());
        app.MapForecasts();
        app.MapNowcasts();
        app.MapIngest();
        app.MapStatus();
        app.MapOperationsMetrics();
        return app;
    }
}
