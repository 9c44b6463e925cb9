namespace Akutprognos.Web.Dashboard;

/// <summary>The pages: Tomorrow, Site, Accuracy, Data health, and the admins' settings.</summary>
static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<DashboardData>();
        builder.Services.AddSingleton<AccuracyData>();
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
