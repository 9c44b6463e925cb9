using Akutprognos.Core.Board;
using static Akutprognos.Storage.Tests.Board.BoardSamples;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardCardChangesTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void EditCard_ByAuthorThenModerator_EveryEarlierVersionKept(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Hr, CardKind.Challenge, "Schemat", Challenge("Sex veckor i förväg"));

        database.Board.EditCard(card.Id, Hr, "Schemat på helger", Challenge("Sex veckor i förväg, helgerna värst"));
        var edited = database.Board.EditCard(card.Id, Moderator, "Helgschemat", Challenge("Helgerna värst"));

        var stored = Assert.Single(database.Board.Board(meeting.Id).Cards);
        Assert.Equal(("Helgschemat", "Helgerna värst", Hr, "HR"), (stored.Title, stored.Details.Background, stored.Author, stored.Department));
        Assert.Equal(edited, stored);
        var changes = database.Board.Changes(card.Id);
        Assert.Equal([(CardChangeKind.Edited, Hr, "Schemat"), (CardChangeKind.Edited, Moderator, "Schemat på helger")],
            changes.Select(c => (c.Kind, c.Actor, c.Title)));
        Assert.Equal(["Sex veckor i förväg", "Sex veckor i förväg, helgerna värst"], changes.Select(c => c.Before.Background));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void EditWithdrawHide_ByWhoMayNot_RefusedAndNothingChanged(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Hr, CardKind.Idea, "Delade scheman", new CardDetails(text: "Ett schema för alla"));

        Assert.Throws<BoardAccessException>(() => database.Board.EditCard(card.Id, Akuten, "Akutens schema", new CardDetails(text: "x")));
        Assert.Throws<BoardAccessException>(() => database.Board.EditCard(card.Id, Outsider, "Utifrån", new CardDetails(text: "x")));
        Assert.Throws<BoardAccessException>(() => database.Board.RemoveCard(card.Id, Akuten, CardChangeKind.Withdrawn));
        Assert.Throws<BoardAccessException>(() => database.Board.RemoveCard(card.Id, Moderator, CardChangeKind.Withdrawn));
        Assert.Throws<BoardAccessException>(() => database.Board.RemoveCard(card.Id, Hr, CardChangeKind.Hidden));
        Assert.Throws<ArgumentOutOfRangeException>(() => database.Board.RemoveCard(card.Id, Hr, CardChangeKind.Edited));
        Assert.Throws<ArgumentException>(() => database.Board.EditCard(card.Id, Hr, " ", new CardDetails(text: "x")));

        var stored = Assert.Single(database.Board.Board(meeting.Id).Cards);
        Assert.Equal(("Delade scheman", "Ett schema för alla"), (stored.Title, stored.Details.Text));
        Assert.Empty(database.Board.Changes(card.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void RemoveCard_WithdrawnByAuthorOrHiddenByModerator_OffTheBoardWithVotesGivenBack(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var withdrawn = database.Board.PostCard(meeting.Id, Hr, CardKind.Idea, "Delade scheman", new CardDetails(text: "Ett schema för alla"));
        var hidden = database.Board.PostCard(meeting.Id, Akuten, CardKind.Idea, "Fel möte", new CardDetails(text: "Hör till ett annat möte"));
        var kept = database.Board.PostCard(meeting.Id, Akuten, CardKind.Idea, "Jourlistan", new CardDetails(text: "En lista"));
        database.Board.AddEntry(withdrawn.Id, EntryKind.Idea, Akuten, "Börja med helgerna");
        database.Board.SetVoteBudget(meeting.Id, Moderator, 1);
        database.Board.Vote(withdrawn.Id, Akuten);

        database.Board.RemoveCard(withdrawn.Id, Hr, CardChangeKind.Withdrawn);
        database.Board.RemoveCard(hidden.Id, Moderator, CardChangeKind.Hidden);

        Assert.Equal([kept.Id], database.Board.Board(meeting.Id).Cards.Select(c => c.Id));
        Assert.Empty(database.Board.Board(meeting.Id).Entries);
        Assert.DoesNotContain(database.Board.Cards(), c => c.Id == withdrawn.Id || c.Id == hidden.Id);
        Assert.Throws<KeyNotFoundException>(() => database.Board.AddEntry(withdrawn.Id, EntryKind.Idea, Akuten, "Sent"));
        Assert.Throws<KeyNotFoundException>(() => database.Board.EditCard(hidden.Id, Moderator, "Igen", new CardDetails(text: "x")));
        // The vote on the withdrawn card is given back and may go to another card.
        Assert.Equal(0, database.Board.Votes(meeting.Id, Akuten).Used);
        database.Board.Vote(kept.Id, Akuten);
        Assert.Equal((CardChangeKind.Withdrawn, Hr), database.Board.Changes(withdrawn.Id).Select(c => (c.Kind, c.Actor)).Single());
        Assert.Equal((CardChangeKind.Hidden, Moderator), database.Board.Changes(hidden.Id).Select(c => (c.Kind, c.Actor)).Single());
        // Nothing written is deleted: the cards and the idea stay in the database.
        Assert.Equal(3, test.Count("board_cards"));
        Assert.Equal(1, test.Count("board_entries"));
    }
}
