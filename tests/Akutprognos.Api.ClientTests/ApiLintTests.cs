using System.Text.Json;
using Akutprognos.TestSupport;

namespace Akutprognos.Api.ClientTests;

/// <summary>
/// The served document through Redocly's linter with its recommended rules, as an integrator's pipeline checks it.
/// The linter is installed by <c>npm ci</c> in <c>tests/lint</c> (<c>.ci/run</c> does it).
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class ApiLintTests(LiveApp app)
{
    // The linter stays on this machine: no usage reports, no update check.
    static readonly Dictionary<string, string> Quiet = new() { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" };

    [SkippableFact]
    public async Task ServedDocument_RedoclyRecommended_NoErrorsNoWarnings()
    {
        var redocly = Repository.NodeTool(Path.Combine("node_modules", ".bin", "redocly"), out var skip);
        Skip.If(redocly is null, skip);
        using var folder = new ScratchFolder();
        var document = folder.Write("openapi.json", await app.DocumentAsync());

        var (code, output, error) = await Repository.RunAsync(redocly, ["lint", document, "--format=json"], folder.Path, Quiet);

        using var report = JsonDocument.Parse(output);
        var totals = report.RootElement.GetProperty("totals");
        var problems = report.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}");
        Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0 && code == 0,
            $"redocly lint (exit {code}):\n{string.Join('\n', problems)}\n{error}");
    }
}
