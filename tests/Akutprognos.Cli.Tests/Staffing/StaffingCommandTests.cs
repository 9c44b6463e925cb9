using System.Text.Json;
using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Staffing;

public sealed class StaffingCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public void Staffing_DemoRegionJson_PlansEverySiteAndRoleForAll25Hours()
    {
        using var scratch = new ScratchFolder();
        var db = demo.Copy(scratch);

        var (exit, output, error) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", db, "--date", demo.DayText, "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var sites = json.RootElement.GetProperty("sites").EnumerateArray().ToList();
        Assert.Equal(demo.Sites.Order(StringComparer.Ordinal), sites.Select(s => s.GetProperty("site").GetString()));
        foreach (var site in sites)
        {
            var roles = site.GetProperty("roles").EnumerateArray().ToList();
            Assert.Equal(["doctor", "nurse", "assistant nurse"], roles.Select(r => r.GetProperty("role").GetString()));
            foreach (var role in roles)
            {
                var hours = role.GetProperty("hours").EnumerateArray().ToList();
                Assert.Equal(25, hours.Count);
                Assert.All(hours, h => Assert.True(h.GetProperty("planned").GetInt32() >= h.GetProperty("required").GetInt32()));
                Assert.True(role.GetProperty("staff_hours").GetDouble() > 0);
            }
        }
        using var database = AkutprognosDatabase.Open(db);
        Assert.Equal(7 * 3 * 25, database.StaffingHours(DemoDatabase.Day).Count);
    }

    [Fact]
    public void Staffing_DemoRegion_DoctorsRiseAndFallWithTheHourlyForecast()
    {
        using var scratch = new ScratchFolder();
        var (exit, output, error) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", demo.Copy(scratch), "--date", demo.DayText, "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        foreach (var site in json.RootElement.GetProperty("sites").EnumerateArray())
        {
            var doctor = site.GetProperty("roles")[0].GetProperty("hours").EnumerateArray()
                .Select(h => (Arrivals: h.GetProperty("arrivals").GetDouble(), Required: (double)h.GetProperty("required").GetInt32()))
                .ToList();
            // The busiest hour needs more doctors than the quietest, and need tracks arrivals over the day.
            Assert.True(doctor.MaxBy(h => h.Arrivals).Required > doctor.MinBy(h => h.Arrivals).Required, site.GetProperty("site").GetString());
            Assert.True(Correlation(doctor.Select(h => h.Arrivals), doctor.Select(h => h.Required)) > 0.8, site.GetProperty("site").GetString());
        }
    }

    [Fact]
    public void Staffing_Csv_HasOneRowPerSiteRoleAndHour()
    {
        using var scratch = new ScratchFolder();
        var (exit, output, _) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", demo.Copy(scratch), "--date", demo.DayText, "--csv");

        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal("site,role,hour,arrivals,offered_load,required,planned,rostered,gap", lines[0]);
        Assert.Equal(7 * 3 * 25, lines.Length - 1);
    }

    [Fact]
    public void RosterImport_ThenStaffing_RecommendsChangesWithTheirNumbers()
    {
        using var scratch = new ScratchFolder();
        var db = demo.Copy(scratch);
        var roster = scratch.Write("roster.csv", """
            site,role,start,end,count
            Norrtälje,doctor,2025-10-25 21:00,2025-10-26 07:30,3
            Norrtälje,doctor,2025-10-26 07:00,2025-10-26 16:00,1
            Norrtälje,doctor,2025-10-26 13:00,2025-10-26 22:00,1
            Norrtälje,doctor,2025-10-26 21:00,2025-10-27 07:30,1
            """);

        var import = CliInProcess.Run(Path.GetTempPath(), "roster", "import", roster, "--db", db);
        var (exit, output, error) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", db, "--date", demo.DayText, "--json");

        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("4 roster lines stored", import.Stderr, StringComparison.Ordinal);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var norrtalje = json.RootElement.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("site").GetString() == "Norrtälje");
        Assert.True(norrtalje.GetProperty("has_roster").GetBoolean());
        var doctor = norrtalje.GetProperty("roles")[0];
        var release = doctor.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("action").GetString() == "release");
        // The 25-hour night: 21:00 CEST to 07:30 CET is 11.5 hours, 8 of them on the day planned.
        Assert.Equal("2025-10-25T21:00:00+02:00", release.GetProperty("start").GetString());
        Assert.Equal(8, release.GetProperty("hours_affected").GetInt32());
        Assert.StartsWith("Norrtälje: ", release.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("21–07:30 can be released", release.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(release.GetProperty("before").GetDouble() >= release.GetProperty("after").GetDouble());
        Assert.True(release.GetProperty("after").GetDouble() >= 0.8);
        Assert.Contains(json.RootElement.GetProperty("recommendations").EnumerateArray(), r => r.GetString() == release.GetProperty("text").GetString());
        var hours = doctor.GetProperty("hours").EnumerateArray().ToList();
        Assert.All(hours, h => Assert.Equal(h.GetProperty("rostered").GetInt32() - h.GetProperty("required").GetInt32(), h.GetProperty("gap").GetInt32()));
    }

    [Theory]
    [InlineData("Nowhere,nurse,2025-10-26 07:00,2025-10-26 16:00,2", "roster.csv:3: unknown site 'Nowhere'")]
    [InlineData("Norrtälje,surgeon,2025-10-26 07:00,2025-10-26 16:00,2", "roster.csv:3: unknown role 'surgeon'")]
    [InlineData("Norrtälje,nurse,2025-10-26 21:00,2025-10-26 07:30,2", "roster.csv:3: the shift ends")]
    [InlineData("Norrtälje,nurse,2025-03-30 02:30,2025-03-30 10:00,2", "roster.csv:3: the start 2025-03-30 02:30 does not exist")]
    public void RosterImport_BadLine_NamesFileAndLineAndStoresNothing(string badLine, string expected)
    {
        using var scratch = new ScratchFolder();
        var db = demo.Copy(scratch);
        var roster = scratch.Write("roster.csv", "site,role,start,end,count\nNorrtälje,nurse,2025-10-26 07:00,2025-10-26 16:00,2\n" + badLine + "\n");

        var (exit, _, error) = CliInProcess.Run(Path.GetTempPath(), "roster", "import", roster, "--db", db);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        using var database = AkutprognosDatabase.Open(db);
        Assert.Empty(database.Roster(DateTimeOffset.MinValue.AddYears(2000), DateTimeOffset.MaxValue.AddYears(-2000)));
    }

    [Theory]
    [InlineData("""{"roles": [{"role": "doctor", "method": "lag-sipp", "service_minutes": 30, "service_level": 1.0, "target_minutes": 0, "shifts": ["07-16", "13-22", "21-07:30"]}]}""", "service level 1 cannot be reached")]
    [InlineData("""{"roles": [{"role": "doctor", "method": "lag-sipp", "service_minutes": 0, "service_level": 0.8, "target_minutes": 60, "shifts": ["07-16", "13-22", "21-07:30"]}]}""", "service time in minutes must be a number > 0")]
    [InlineData("""{"roles": [{"role": "nurse", "method": "patient-ratio", "stay_minutes": 240, "patients_per_staff": 4, "shifts": ["07-16", "13-22"]}]}""", "leave 22:00–07:00 uncovered")]
    [InlineData("""{"roles": [{"role": "nurse", "method": "patient-ratio", "stay_minutes": 240, "patients_per_staf": 4, "shifts": ["07-16"]}]}""", "patients_per_staf")]
    public void Staffing_UnusableConfiguration_FailsAndStoresNothing(string config, string expected)
    {
        using var scratch = new ScratchFolder();
        var db = demo.Copy(scratch);
        var file = scratch.Write("staffing.json", config);

        var (exit, output, error) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", db, "--date", demo.DayText, "--config", file);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("staffing.json", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        using var database = AkutprognosDatabase.Open(db);
        Assert.Null(database.LoadStaffingConfiguration());
        Assert.Empty(database.StaffingHours(DemoDatabase.Day));
    }

    [Fact]
    public void Staffing_ConfigurationFile_IsStoredAndUsedNextTime()
    {
        using var scratch = new ScratchFolder();
        var db = demo.Copy(scratch);
        var file = scratch.Write("staffing.json", """
            {"quantile": "p90",
             "roles": [{"role": "doctor", "method": "lag-sipp", "service_minutes": 30, "service_level": 0.9, "target_minutes": 30, "minimum": 2,
                        "shifts": ["08-17", "12-21", "20-08:30"]}],
             "sites": [{"site": "Norrtälje", "role": "doctor", "minimum": 3}]}
            """);

        var first = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", db, "--date", demo.DayText, "--config", file, "--json");
        var (exit, output, _) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", db, "--date", demo.DayText, "--json");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(0, exit);
        Assert.Equal(first.Stdout, output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("p90", json.RootElement.GetProperty("quantile").GetString());
        var norrtalje = json.RootElement.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("site").GetString() == "Norrtälje");
        var role = Assert.Single(norrtalje.GetProperty("roles").EnumerateArray());
        Assert.All(role.GetProperty("hours").EnumerateArray(), h => Assert.True(h.GetProperty("required").GetInt32() >= 3));
        Assert.Contains(role.GetProperty("shifts").EnumerateArray(), s => s.GetProperty("label").GetString() == "20–08:30");
    }

    [Fact]
    public void Staffing_NoForecastForTheDay_SaysHowToMakeOne()
    {
        using var scratch = new ScratchFolder();
        var (exit, _, error) = CliInProcess.Run(Path.GetTempPath(), "staffing", "--db", demo.Copy(scratch), "--date", "2030-01-01");

        Assert.Equal(4, exit);
        Assert.Contains("no forecast for 2030-01-01", error, StringComparison.Ordinal);
    }

    static double Correlation(IEnumerable<double> xs, IEnumerable<double> ys)
    {
        var (x, y) = (xs.ToArray(), ys.ToArray());
        var (mx, my) = (x.Average(), y.Average());
        var cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
