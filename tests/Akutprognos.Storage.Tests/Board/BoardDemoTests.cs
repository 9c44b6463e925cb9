using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Demo;
using Akutprognos.Core.Board.Summaries;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardDemoTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Seed_DemoMeeting_SummaryListsEveryCardIdeaAndNoteAndProjectLinksBack(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var seed = BoardDemo.Seed();

        var meeting = database.Board.Seed(seed);
        var board = database.Board.Board(meeting.Id);
        var html = MeetingHtml.Summary(board);
        var markdown = MeetingMarkdown.Summary(board);

        Assert.Equal(seed.Cards.Select(c => c.Title), board.Cards.Select(c => c.Title));
        Assert.Contains(board.Cards, c => c.Title == "Vi bemannar aldrig akuten rätt" && c.Department == "HR");
        foreach (var card in board.Cards)
        {
            Assert.Contains($"<section class=\"card\" id=\"kort-{card.Id}\">", html);
            Assert.Contains(MeetingMarkdown.Escape(card.Title), markdown);
        }
        foreach (var entry in seed.Cards.SelectMany(c => c.Entries))
        {
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(entry.Text), html);
            Assert.Contains(MeetingMarkdown.Escape(entry.Text), markdown);
        }
        var project = Assert.Single(board.MicroProjects);
        Assert.StartsWith("Akutprognos", project.Title, StringComparison.Ordinal);
        Assert.Equal(MicroProjectStatus.Running, project.Status);
        Assert.Equal(3, project.CardIds.Count);
        foreach (var id in project.CardIds)
        {
            Assert.Contains($"<a href=\"#kort-{id}\">", html);
            Assert.Contains($"(#kort-{id})", markdown);
        }
        Assert.Equal(3, board.Links.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Seed_Twice_StoresOnce(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        var first = database.Board.Seed(BoardDemo.Seed());
        var second = database.Board.Seed(BoardDemo.Seed());

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, test.Count("board_meetings"));
        Assert.Equal(BoardDemo.Seed().Cards.Count, test.Count("board_cards"));
        Assert.Equal(1, test.Count("board_micro_projects"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Seed_NoteByParticipant_RefusedAndNothingStored(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var seed = BoardDemo.Seed();
        var bad = seed with
        {
            Cards = [seed.Cards[0] with { Entries = [new SeedEntry(EntryKind.Note, seed.Cards[0].Author, "Inte moderatorn")] }],
            Links = [],
            MicroProjects = [],
        };

        Assert.Throws<BoardAccessException>(() => database.Board.Seed(bad));

        Assert.Equal(0, test.Count("board_meetings"));
        Assert.Equal(0, test.Count("board_cards"));
    }
}
