using Akutprognos.Core.Board;
using static Akutprognos.Storage.Tests.Board.BoardSamples;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void CreateMeeting_ThenLoad_SameMeetingAndParticipants(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        var stored = database.Board.CreateMeeting(Meeting());

        var loaded = database.Board.Meeting(stored.Id)!;
        Assert.True(stored.Id > 0);
        Assert.Equal(March, loaded.Start);
        Assert.Equal(("Konferensrum Ljuset", "https://video.region.se/tvargrupp", 90), (loaded.Room, loaded.VideoLink!.ToString(), loaded.DurationMinutes));
        Assert.Equal([Akuten, Hr, Moderator], loaded.Participants.Select(p => p.Email).Order());
        Assert.Equal(BoardRole.Moderator, loaded.Find("IT.Chef@region.se")!.Role);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void PostCard_Participant_StoredWithDepartmentAndCleanText(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());

        var card = database.Board.PostCard(meeting.Id, Hr, CardKind.Challenge, "Vi bemannar aldrig akuten rätt<script>alert(1)</script>",
            Challenge("<img src=x onerror=alert(1)>Kön växer."));

        var loaded = database.Board.Board(meeting.Id).Cards.Single();
        Assert.Equal(card, loaded);
        Assert.Equal(("HR", "Vi bemannar aldrig akuten rätt", "Kön växer."), (loaded.Department, loaded.Title, loaded.Details.Background));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Write_WrongRole_ThrowsAndChangesNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Hr, CardKind.Idea, "Idé", new CardDetails(text: "Text"));

        Assert.Throws<BoardAccessException>(() => database.Board.PostCard(meeting.Id, Outsider, CardKind.Idea, "Idé", new CardDetails()));
        Assert.Throws<BoardAccessException>(() => database.Board.AddEntry(card.Id, EntryKind.Note, Hr, "Anteckning"));
        Assert.Throws<BoardAccessException>(() => database.Board.AddEntry(card.Id, EntryKind.Idea, Outsider, "Idé"));
        Assert.Throws<BoardAccessException>(() => database.Board.Reschedule(meeting.Id, Akuten, March.AddDays(7), 60, "Rum", null));
        Assert.Throws<BoardAccessException>(() => database.Board.StartMicroProject(meeting.Id, Hr, "P", "Hanna", "", [card.Id]));

        Assert.Equal(1, test.Count("board_cards"));
        Assert.Equal(0, test.Count("board_entries"));
        Assert.Equal(0, test.Count("board_micro_projects"));
        Assert.Equal(0, database.Board.Meeting(meeting.Id)!.Sequence);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void AddEntry_ParallelWriters_NoIdeaLost(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Hr, CardKind.Challenge, "Bemanningen", Challenge("Bakgrund"));
        string[] writers = [Hr, Akuten, Moderator, Hr, Akuten, Moderator];
        const int each = 15;

        Parallel.For(0, writers.Length, new ParallelOptions { MaxDegreeOfParallelism = writers.Length }, w =>
        {
            for (var i = 0; i < each; i++)
            {
                database.Board.AddEntry(card.Id, i % 2 == 0 ? EntryKind.Idea : EntryKind.Comment, writers[w], $"skribent {w} idé {i}");
            }
        });

        var texts = database.Board.Board(meeting.Id).Entries.Select(e => e.Text).ToHashSet();
        var expected = Enumerable.Range(0, writers.Length).SelectMany(w => Enumerable.Range(0, each).Select(i => $"skribent {w} idé {i}"));
        Assert.Equal(expected.Order(), texts.Order());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Reschedule_Moderator_SequenceUpAndStored(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());

        var moved = database.Board.Reschedule(meeting.Id, Moderator, March.AddHours(2), 60, "", "https://video.region.se/ny");

        Assert.Equal(1, moved.Sequence);
        var loaded = database.Board.Meeting(meeting.Id)!;
        Assert.Equal((March.AddHours(2), 60, "", 1, meeting.Uid), (loaded.Start, loaded.DurationMinutes, loaded.Room, loaded.Sequence, loaded.Uid));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Board_Viewer_SeesHiddenCardsOnlyOwnUntilRevealed(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var hidden = database.Board.PostCard(meeting.Id, Hr, CardKind.Challenge, "Skrivet i förväg", Challenge("B"), revealed: false);

        Assert.Empty(database.Board.Board(meeting.Id, Akuten).Cards);
        Assert.Single(database.Board.Board(meeting.Id, Hr).Cards);
        Assert.Single(database.Board.Board(meeting.Id, Moderator).Cards);
        Assert.Throws<BoardAccessException>(() => database.Board.Reveal(hidden.Id, Akuten));

        database.Board.Reveal(hidden.Id, Hr);

        Assert.True(database.Board.Board(meeting.Id, Akuten).Cards.Single().Revealed);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void HiddenCard_OthersAddOrLinkByItsId_RefusedAndNothingStored(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var hidden = database.Board.PostCard(meeting.Id, Hr, CardKind.Challenge, "Skrivet i förväg", Challenge("B"), revealed: false);
        var open = database.Board.PostCard(meeting.Id, Akuten, CardKind.Challenge, "Synligt kort", Challenge("C"));

        Assert.Throws<BoardAccessException>(() => database.Board.AddEntry(hidden.Id, EntryKind.Idea, Akuten, "Idé"));
        Assert.Throws<BoardAccessException>(() => database.Board.Link(open.Id, hidden.Id, LinkKind.SimilarChallenge, Akuten));
        Assert.Throws<BoardAccessException>(() => database.Board.Link(hidden.Id, open.Id, LinkKind.SimilarChallenge, Akuten));
        var board = database.Board.Board(meeting.Id, Moderator);
        Assert.Empty(board.Entries);
        Assert.Empty(board.Links);

        database.Board.AddEntry(hidden.Id, EntryKind.Note, Moderator, "Moderatorn ser kortet");
        database.Board.Link(hidden.Id, open.Id, LinkKind.SimilarChallenge, Hr);

        board = database.Board.Board(meeting.Id, Moderator);
        Assert.Single(board.Entries);
        Assert.Single(board.Links);
    }
}
