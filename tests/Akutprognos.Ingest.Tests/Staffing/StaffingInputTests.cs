using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Staffing;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Staffing;

public sealed class StaffingInputTests
{
    static readonly RosterCsvReader Reader = new(["Norrtälje", "Södersjukhuset"], ["doctor", "nurse"], LocalDays.Stockholm);

    [Fact]
    public void Read_SemicolonRosterWithLocalAndOffsetTimes_GivesUtcInstants()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("roster.csv", """
            site;role;start;end;count
            södersjukhuset;Nurse;2025-03-29 21:00;2025-03-30 07:30;4
            Norrtälje;doctor;2025-03-30T07:00:00+02:00;2025-03-30T16:00:00+02:00;1
            """);

        var read = Reader.Read(path);

        Assert.Equal(2, read.Report.RowsRead);
        var night = read.Lines[0];
        Assert.Equal(("Södersjukhuset", "nurse", 4), (night.Site, night.Role, night.Count));
        // 21:00 CET to 07:30 CEST on the spring-forward night: 9.5 hours.
        Assert.Equal(new DateTimeOffset(2025, 3, 29, 20, 0, 0, TimeSpan.Zero), night.Start);
        Assert.Equal(9.5, (night.End - night.Start).TotalHours);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 5, 0, 0, TimeSpan.Zero), read.Lines[1].Start);
    }

    [Theory]
    [InlineData("Norrtälje,nurse,2025-03-14 07:00,2025-03-14 16:00,0", 2, "the count is 0")]
    [InlineData("Norrtälje,nurse,2025-03-14 07:00,2025-03-16 16:00,1", 2, "longer than 24 hours")]
    [InlineData("Norrtälje,nurse,2025-03-14,2025-03-14 16:00,1", 2, "has no time of day")]
    [InlineData("Danderyd,nurse,2025-03-14 07:00,2025-03-14 16:00,1", 2, "unknown site 'Danderyd': not among the sites with arrivals ('Norrtälje', 'Södersjukhuset')")]
    public void Read_BadLine_NamesFileLineAndProblem(string line, int lineNumber, string problem)
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("roster.csv", "site,role,start,end,count\n" + line + "\n");

        var e = Assert.Throws<InputException>(() => Reader.Read(path));

        Assert.Equal(lineNumber, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongHeader_SaysWhatIsExpected()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("roster.csv", "site,role,from,to,count\nNorrtälje,nurse,x,y,1\n");

        var e = Assert.Throws<InputException>(() => Reader.Read(path));

        Assert.Contains("expected 'site,role,start,end,count'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DefaultConfiguration_ReadsBackEqual()
    {
        var text = StaffingConfigJson.Write(StaffingConfiguration.Default);

        var back = StaffingConfigJson.Parse(text, "test");

        Assert.Equal(text, StaffingConfigJson.Write(back));
        Assert.Equal(StaffingConfiguration.Default.Roles.Select(r => (r.Role, r.Method, r.ServiceMinutes, r.StayMinutes, r.MinimumStaff)),
            back.Roles.Select(r => (r.Role, r.Method, r.ServiceMinutes, r.StayMinutes, r.MinimumStaff)));
        Assert.Contains("\"21–07:30\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"roles": []}""", "names no roles")]
    [InlineData("""{"quantile": "p99", "roles": []}""", "'p99' is not one of mean, p80, p90")]
    [InlineData("""{"roles": [{"role": "doctor", "method": "erlang", "shifts": ["07-16"]}]}""", "method 'erlang' is not one of lag-sipp, offered-load, patient-ratio")]
    [InlineData("""{"roles": [{"role": "doctor", "method": "lag-sipp", "service_minutes": 30, "service_level": 0.8, "target_minutes": 60, "shifts": ["07-19", "19-7"]}], "sites": [{"site": "Norrtälje", "role": "nurse"}]}""", "name the role 'nurse', which is not configured")]
    [InlineData("""{"roles": [{"role": "doctor", "method": "lag-sipp", "service_minutes": 30, "service_level": 0.8, "target_minutes": 60, "shifts": ["7 to 19"]}]}""", "'7 to 19' of doctor is not a clock range")]
    [InlineData("""{"roles": [""", "not a staffing configuration")]
    public void Parse_UnusableConfiguration_SaysWhy(string json, string problem)
    {
        var e = Assert.Throws<InputException>(() => StaffingConfigJson.Parse(json, "staffing.json"));

        Assert.StartsWith("staffing.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
