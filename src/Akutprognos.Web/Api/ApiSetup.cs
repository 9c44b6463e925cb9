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
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Akutprognos API";
            document.Info.Description = "Forecasts of tomorrow's emergency-department arrivals per ED and for the region, their accuracy, " +
                "and pushes of hourly arrivals and web visitors. Log in with the app's cookie or send an API key in the X-Api-Key header.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IngestApi.Store>();
        builder.Services.AddProblemDetails();
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
        app.MapMetrics("/metrics").RequireAuthorization(Policies.Metrics);
        return app;
    }
}
