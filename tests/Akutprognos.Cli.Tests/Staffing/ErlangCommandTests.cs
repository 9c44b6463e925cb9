using System.Text.Json;

namespace Akutprognos.Cli.Tests.Staffing;

public sealed class ErlangCommandTests
{
    [Fact]
    public void Erlang_EvaluationVectorWithServers_PrintsTheContractFields()
    {
        var (exit, output, _) = CliInProcess.Run(Path.GetTempPath(), "erlang", "--arrivals-per-hour", "200", "--minutes-per-patient", "3", "--servers", "14", "--target-minutes", "1/3", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["servers", "offered_load", "p_wait", "service_level", "occupancy", "mean_wait_minutes"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(14, root.GetProperty("servers").GetInt32());
        Assert.Equal(10, root.GetProperty("offered_load").GetDouble(), 7);
        Assert.Equal(0.1741319, root.GetProperty("p_wait").GetDouble(), 7);
        Assert.Equal(0.8883500, root.GetProperty("service_level").GetDouble(), 7);
        Assert.Equal(0.7142857, root.GetProperty("occupancy").GetDouble(), 7);
        Assert.Equal(0.1305990, root.GetProperty("mean_wait_minutes").GetDouble(), 7);
    }

    [Fact]
    public void Erlang_ServiceLevelTarget_FindsFourteen()
    {
        var (exit, output, _) = CliInProcess.Run(Path.GetTempPath(), "erlang", "--arrivals-per-hour", "200", "--minutes-per-patient", "3", "--service-level", "0.8", "--target-minutes", "0.3333333333", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(14, json.RootElement.GetProperty("servers").GetInt32());
    }

    [Theory]
    [InlineData("--service-level", "1.0", "0", "3", "--service-level")]
    [InlineData("--servers", "14", "1", "0", "--minutes-per-patient")]
    [InlineData("--service-level", "0,8", "1", "3", "is not a number")]
    public void Erlang_ImpossibleOrBadInput_FailsWithOneClearLine(string option, string value, string target, string minutes, string expected)
    {
        var (exit, output, error) = CliInProcess.Run(Path.GetTempPath(), "erlang", "--arrivals-per-hour", "200", "--minutes-per-patient", minutes, option, value, "--target-minutes", target);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Erlang_BothServersAndServiceLevel_IsRefused()
    {
        var (exit, _, error) = CliInProcess.Run(Path.GetTempPath(), "erlang", "--arrivals-per-hour", "200", "--minutes-per-patient", "3", "--servers", "14", "--service-level", "0.8", "--target-minutes", "1");

        Assert.Equal(2, exit);
        Assert.Contains("either --servers", error, StringComparison.Ordinal);
    }
}
