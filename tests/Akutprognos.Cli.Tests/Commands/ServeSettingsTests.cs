using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class ServeSettingsTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Akutprognos__Oidc__Authority", "notaurl", "akutprognos: Akutprognos:Oidc:Authority: 'notaurl' is not an absolute https URL")]
    [InlineData("Akutprognos__Oidc__Roles__grp-admins", "root", "akutprognos: Akutprognos:Oidc:Roles:grp-admins: 'root' is not admin, planner or viewer")]
    [InlineData("Akutprognos__TrustedProxies__0", "10.0.0.300", "akutprognos: Akutprognos:TrustedProxies:0: '10.0.0.300' is not an IP address such as 10.0.0.5")]
    public void Serve_BadSetting_OneLineNamingTheSettingAndNoDatabase(string variable, string value, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["Akutprognos__Oidc__Authority"] = "https://id.example/tenant/v2.0",
            ["Akutprognos__Oidc__ClientId"] = "app",
            ["Akutprognos__Oidc__Roles__grp-admins"] = "admin",
        };
        environment[variable] = value;

        var run = CliProcess.Run(folder.Path, environment, "serve", "--db", folder.PathOf("serve.db"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.False(File.Exists(folder.PathOf("serve.db")));
    }
}
