using System.Text.Json;
using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Pipeline;

/// <summary><c>site list|show|set</c>: the stored settings every command reads, changed once, audited, refused when wrong.</summary>
public sealed class SiteCommandsTests : IDisposable
{
    readonly ScratchFolder folder = new();

    string Imported()
    {
        var db = folder.PathOf("sites.db");
        var csv = folder.Write("a.csv", "date,site,count\n2026-11-30,Danderyd,120\n2026-11-30,Norrtälje,40\n");
        var run = CliInProcess.Run(folder.Path, "ingest", "arrivals", csv, "--db", db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return db;
    }

    [Fact]
    public void Set_ZoneHolidaysClosingHourAndRegions_StoredAuditedAndListed()
    {
        var db = Imported();

        var set = CliInProcess.Run(folder.Path, "site", "set", "Norrtälje", "--db", db, "--name", "Norrtälje sjukhus", "--tz", "Europe/Helsinki",
            "--holidays", "FI", "--day-closes-at", "4", "--region", "north", "--leave-region", "total");
        var list = CliInProcess.Run(folder.Path, "site", "list", "--db", db, "--json");

        Assert.True(set.ExitCode == 0, set.Stderr);
        Assert.Contains("Norrtälje: display name '', zone Europe/Stockholm, holidays SE, day closes at 06:00, regions total → "
            + "display name 'Norrtälje sjukhus', zone Europe/Helsinki, holidays FI, day closes at 04:00, regions north", set.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list.Stdout);
        var site = json.RootElement.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("site").GetString() == "Norrtälje");
        Assert.Equal(("Norrtälje sjukhus", "Europe/Helsinki", "FI", 4), (site.GetProperty("displayName").GetString(), site.GetProperty("timeZone").GetString(),
            site.GetProperty("holidays").GetString(), site.GetProperty("dayClosesAt").GetInt32()));
        Assert.Equal(["north"], site.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        using var database = AkutprognosDatabase.Open(db);
        Assert.Contains(database.AuditLog(), e => e.Action == "site changed" && e.Detail.StartsWith("Norrtälje: ", StringComparison.Ordinal));
        Assert.Contains(database.Sites.Regions(), r => r.Code == "north");
        Assert.Equal("Europe/Stockholm", database.Sites.Find("Danderyd")!.TimeZone);
    }

    [Fact]
    public void Set_HolidaysFromAFile_StoresTheDatesInTheDatabase()
    {
        var db = Imported();
        var dates = folder.Write("dates.csv", "date,name\n2026-12-24,Julafton\n2026-12-25,Juldagen\n");

        var set = CliInProcess.Run(folder.Path, "site", "set", "Danderyd", "--db", db, "--holidays", dates);
        File.Delete(dates);
        var show = CliInProcess.Run(folder.Path, "site", "show", "Danderyd", "--db", db);

        Assert.True(set.ExitCode == 0, set.Stderr);
        Assert.Contains("holidays:         2 own dates", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-12-24 Julafton", show.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "no site 'Nowhere' (it has Danderyd, Norrtälje)", "Nowhere", "--tz", "Europe/London")]
    [InlineData(2, "unknown time zone 'Mars/Base'", "Danderyd", "--tz", "Mars/Base")]
    [InlineData(2, "the hour a day closes must be 0 to 23, not 25", "Danderyd", "--day-closes-at", "25")]
    [InlineData(2, "'two words' is not a region code", "Danderyd", "--region", "two words")]
    [InlineData(2, "--holidays: ", "Danderyd", "--holidays", "XX")]
    public void Set_Wrong_RefusedWithOneSentenceAndNothingChanged(int exit, string message, string site, string option, string value)
    {
        var db = Imported();
        string Stored()
        {
            using var database = AkutprognosDatabase.Open(db);
            return string.Join('\n', database.Sites.All().Select(s => s.Describe())) + database.AuditLog().Count(e => e.Action == "site changed");
        }
        var before = Stored();

        var run = CliInProcess.Run(folder.Path, "site", "set", site, "--db", db, option, value);

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Equal(before, Stored());
    }

    public void Dispose() => folder.Dispose();
}
