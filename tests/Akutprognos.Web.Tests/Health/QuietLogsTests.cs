using Akutprognos.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Akutprognos.Web.Tests.Health;

public sealed class QuietLogsTests
{
    const string RequestCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Fact]
    public void Logging_NotConfigured_RequestLinesOffButWarningsOn()
    {
        using var folder = new ScratchFolder();
        using var app = new TestApp(folder.PathOf("quiet.db"));
        app.Client().Dispose();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(RequestCategory);

        Assert.False(log.IsEnabled(LogLevel.Information));
        Assert.True(log.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void Logging_ConfiguredToInformation_RequestLinesOn()
    {
        using var folder = new ScratchFolder();
        using var app = new TestApp(folder.PathOf("loud.db"), settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information" });
        app.Client().Dispose();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(RequestCategory);

        Assert.True(log.IsEnabled(LogLevel.Information));
    }
}
