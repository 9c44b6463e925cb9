using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Pipeline;

/// <summary>
/// Every command that reads the database, on an empty database, on data that ended years ago and on a single day of
/// data: each answers with its documented exit code and a sentence, never a stack trace, and never prints NaN.
/// </summary>
public sealed class OddDataTests : IDisposable
{
    /// <summary>The exit codes the README documents.</summary>
    static readonly int[] Documented = [0, 1, 2, 3, 4, 5];

    readonly ScratchFolder folder = new();

    public static TheoryData<string> Kinds => ["empty", "stale", "one-day"];

    string Database(string kind)
    {
        var db = folder.PathOf(kind + ".db");
        var lines = kind switch
        {
            "stale" => Enumerable.Range(0, 120).Select(d => FormattableString.Invariant($"{new DateOnly(2019, 1, 1).AddDays(d):yyyy-MM-dd},Gamla akuten,{90 + d % 7 * 4}")),
            "one-day" => ["2026-12-01,Nya akuten,97"],
            _ => [],
        };
        if (kind == "empty")
        {
            using var created = AkutprognosDatabase.Open(db);
            return db;
        }
        var csv = folder.Write(kind + ".csv", "date,site,count\n" + string.Join('\n', lines) + "\n");
        var imported = CliInProcess.Run(folder.Path, "ingest", "arrivals", csv, "--db", db);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        return db;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryCommand_OnOddData_OneSentenceAndADocumentedExitCode(string kind)
    {
        var db = Database(kind);
        string[][] commands =
        [
            ["forecast", "--db", db],
            ["forecast", "--db", db, "--date", "2019-05-01"],
            ["forecast", "--db", db, "--json"],
            ["staffing", "--db", db],
            ["backtest", "--db", db],
            ["health", "--db", db],
            ["site", "list", "--db", db],
            ["export", "visitors", "--db", db],
            ["export", "arrivals", "--db", db],
        ];

        var answers = commands.Select(args => (Args: string.Join(' ', args[..^2]), Run: CliInProcess.Run(folder.Path, args))).ToList();

        Assert.All(answers, a =>
        {
            Assert.Contains(a.Run.ExitCode, Documented);
            Assert.DoesNotContain("Unhandled exception", a.Run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", a.Run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", a.Run.Stdout + a.Run.Stderr, StringComparison.Ordinal);
            if (a.Run.ExitCode != 0)
            {
                // A refusal says why in words, on stderr.
                Assert.Contains("akutprognos: ", a.Run.Stderr, StringComparison.Ordinal);
            }
        });
        var forecast = answers[0].Run;
        Assert.Equal(4, forecast.ExitCode);
        Assert.Contains(kind switch
        {
            "empty" => "holds no arrivals yet",
            "stale" => "Gamla akuten: arrivals end on 2019-04-30",
            _ => "Nya akuten",
        }, forecast.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
