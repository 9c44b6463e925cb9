using System.Globalization;
using System.Text.Json;
using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Akutprognos.Web.Board;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class BoardExportCommandTests : IDisposable
{
    const string Hidden = "Dolt kort skrivet i förväg";

    readonly ScratchFolder folder = new();
    readonly string database;
    readonly MeetingBoard board;

    public BoardExportCommandTests()
    {
        database = Path.Combine(folder.Path, "board.db");
        using var store = AkutprognosDatabase.Open(database);
        var meeting = DemoBoard.Seed(store, "admin");
        store.Board.PostCard(meeting.Id, meeting.Participants[0].Email, CardKind.Idea, Hidden, new CardDetails(text: "Ännu inte visat"), revealed: false);
        board = store.Board.Board(meeting.Id).RevealedOnly();
    }

    public void Dispose() => folder.Dispose();

    string MeetingId => board.Meeting.Id.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("md")]
    [InlineData("csv")]
    [InlineData("json")]
    public void ExportMeeting_ToFile_EveryRevealedCardAndNotTheHiddenOne(string format)
    {
        var file = Path.Combine(folder.Path, "meeting." + format);

        var run = CliInProcess.Run(folder.Path, "board", "export", "--db", database, "--meeting", MeetingId, "--format", format, "--out", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        var text = File.ReadAllText(file);
        if (format == "json")
        {
            using var document = JsonDocument.Parse(text);
            text = string.Join('\n', document.RootElement.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        }
        Assert.True(board.Cards.Count >= 3);
        Assert.All(board.Cards, card => Assert.Contains(card.Title, text, StringComparison.Ordinal));
        Assert.DoesNotContain(Hidden, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportProjects_ToStdout_TheDemoMicroProject()
    {
        var run = CliInProcess.Run(folder.Path, "board", "export", "--db", database, "--projects", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("id,title,owner,status,next_step,card_ids,cards,updates", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(board.MicroProjects).Title, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportMeeting_UnknownId_ClearMessageAndNoFile()
    {
        var file = Path.Combine(folder.Path, "none.md");

        var run = CliInProcess.Run(folder.Path, "board", "export", "--db", database, "--meeting", "999", "--format", "md", "--out", file);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("no meeting has the id 999", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("--format", "md")]
    [InlineData("--projects", "--meeting", "1", "--format", "md")]
    public void Export_NeitherOrBothOfMeetingAndProjects_Refused(params string[] args)
    {
        var run = CliInProcess.Run(folder.Path, ["board", "export", "--db", database, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("either --meeting ID or --projects", run.Stderr, StringComparison.Ordinal);
    }
}
