using Akutprognos.Core.Board;
using static Akutprognos.Storage.Tests.Board.BoardSamples;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardVotingTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Vote_BeyondTheBudget_RefusedAndNothingStored(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 2);
        database.Board.SetVoteBudget(meeting.Id, Moderator, 2);

        database.Board.Vote(cards[0].Id, Hr);
        var after = database.Board.Vote(cards[0].Id, "HR.Chef@region.se");

        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[1].Id, Hr));
        Assert.Equal((2, 0, 2), (after.Used, after.Left, after.MineOn(cards[0].Id)));
        Assert.Equal(2, test.Count("board_votes"));
        Assert.Equal(2, database.Board.Votes(meeting.Id, Hr).Used);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Vote_ManyAtOnceBySamePerson_NeverMoreThanTheBudget(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 1);
        database.Board.SetVoteBudget(meeting.Id, Moderator, 3);

        var outcomes = Enumerable.Range(0, 12).AsParallel().WithDegreeOfParallelism(6).Select(_ =>
        {
            try
            {
                database.Board.Vote(cards[0].Id, Hr);
                return null;
            }
            catch (Exception e) when (e is ArgumentException or StorageException)
            {
                return e;
            }
        }).ToList();

        Assert.InRange(test.Count("board_votes"), 1, 3);
        Assert.Equal(12 - test.Count("board_votes"), outcomes.Count(e => e is not null));
        while (database.Board.Votes(meeting.Id, Hr).Left > 0)
        {
            database.Board.Vote(cards[0].Id, Hr);
        }
        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[0].Id, Hr));
        Assert.Equal(3, test.Count("board_votes"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Votes_HiddenUntilRevealed_ThenCountedAndOrderingTheCards(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 3);
        database.Board.SetVoteBudget(meeting.Id, Moderator, 3);
        database.Board.Vote(cards[2].Id, Hr);
        database.Board.Vote(cards[2].Id, Hr);
        database.Board.Vote(cards[1].Id, Hr);
        database.Board.Vote(cards[2].Id, Akuten);
        database.Board.Vote(cards[0].Id, Moderator);

        foreach (var viewer in new[] { Hr, Moderator, Outsider, null })
        {
            var hidden = database.Board.Votes(meeting.Id, viewer);
            Assert.Empty(hidden.Counts);
            Assert.Equal((5, false, true), (hidden.Cast, hidden.Revealed, hidden.Open));
            Assert.Equal(cards.Select(c => c.Id), hidden.Order(cards).Select(c => c.Id));
        }
        Assert.Equal(new Dictionary<long, int> { [cards[2].Id] = 2, [cards[1].Id] = 1 }, database.Board.Votes(meeting.Id, Hr).Mine);

        database.Board.RevealVotes(meeting.Id, Moderator);

        var revealed = database.Board.Votes(meeting.Id, Outsider);
        Assert.True(revealed.Revealed);
        Assert.False(revealed.Open);
        Assert.Equal([3, 1, 1], cards.Select(c => revealed.CountOf(c.Id)).Reverse());
        Assert.Equal([cards[2].Id, cards[0].Id, cards[1].Id], revealed.Order(cards).Select(c => c.Id));
        Assert.Empty(revealed.Mine);
        // Voting is closed once revealed: no votes, none taken back, no new budget.
        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[0].Id, Akuten));
        Assert.Throws<ArgumentException>(() => database.Board.Unvote(cards[2].Id, Hr));
        Assert.Throws<ArgumentException>(() => database.Board.SetVoteBudget(meeting.Id, Moderator, 5));
        Assert.Equal(5, test.Count("board_votes"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void BudgetAndReveal_ByParticipantOrOutsider_RefusedAndNothingStored(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 1);

        Assert.Throws<BoardAccessException>(() => database.Board.SetVoteBudget(meeting.Id, Hr, 3));
        Assert.Throws<BoardAccessException>(() => database.Board.SetVoteBudget(meeting.Id, Outsider, 3));
        Assert.Equal(0, test.Count("board_voting"));
        database.Board.SetVoteBudget(meeting.Id, Moderator, 3);
        database.Board.Vote(cards[0].Id, Hr);
        Assert.Throws<BoardAccessException>(() => database.Board.RevealVotes(meeting.Id, Hr));
        Assert.Throws<BoardAccessException>(() => database.Board.SetVoteBudget(meeting.Id, Akuten, 20));
        Assert.Throws<BoardAccessException>(() => database.Board.Vote(cards[0].Id, Outsider));

        var votes = database.Board.Votes(meeting.Id, Hr);
        Assert.Equal((3, false, 1), (votes.Budget, votes.Revealed, votes.Cast));
        Assert.Empty(votes.Counts);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Vote_BeforeVotingOpensOrOnAHiddenCardOrOverTheMaximum_Refused(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 1);
        var hidden = database.Board.PostCard(meeting.Id, Hr, CardKind.Idea, "Skrivet i förväg", new CardDetails(text: "Senare"), revealed: false);

        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[0].Id, Hr));
        Assert.Throws<ArgumentException>(() => database.Board.RevealVotes(meeting.Id, Moderator));
        Assert.Throws<ArgumentOutOfRangeException>(() => database.Board.SetVoteBudget(meeting.Id, Moderator, MeetingVotes.MaximumBudget + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => database.Board.SetVoteBudget(meeting.Id, Moderator, -1));
        database.Board.SetVoteBudget(meeting.Id, Moderator, 2);
        Assert.Throws<ArgumentException>(() => database.Board.Vote(hidden.Id, Hr));

        Assert.Equal(0, test.Count("board_votes"));
        Assert.Equal(2, database.Board.Votes(meeting.Id).Budget);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Unvote_FreesTheVote_ForAnotherCard(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 2);
        database.Board.SetVoteBudget(meeting.Id, Moderator, 1);
        database.Board.Vote(cards[0].Id, Hr);
        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[1].Id, Hr));

        var none = database.Board.Unvote(cards[1].Id, Hr);
        Assert.Equal(1, none.MineOn(cards[0].Id));
        database.Board.Unvote(cards[0].Id, Hr);
        var moved = database.Board.Vote(cards[1].Id, Hr);

        Assert.Equal(new Dictionary<long, int> { [cards[1].Id] = 1 }, moved.Mine);
        Assert.Equal(1, test.Count("board_votes"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SetVoteBudget_LowerThanCast_KeepsTheVotesButTakesNoMore(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var (meeting, cards) = Cards(database, 1);
        database.Board.SetVoteBudget(meeting.Id, Moderator, 3);
        database.Board.Vote(cards[0].Id, Hr);
        database.Board.Vote(cards[0].Id, Hr);

        var lowered = database.Board.SetVoteBudget(meeting.Id, Moderator, 1);

        Assert.Equal((1, 2), (lowered.Budget, lowered.Cast));
        Assert.Equal(0, database.Board.Votes(meeting.Id, Hr).Left);
        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[0].Id, Hr));
        database.Board.Unvote(cards[0].Id, Hr);
        Assert.Throws<ArgumentException>(() => database.Board.Vote(cards[0].Id, Hr));
        database.Board.Unvote(cards[0].Id, Hr);
        Assert.Equal(1, database.Board.Vote(cards[0].Id, Hr).Used);
    }

    static (Meeting Meeting, IReadOnlyList<Card> Cards) Cards(AkutprognosDatabase database, int count)
    {
        var meeting = database.Board.CreateMeeting(Meeting());
        var cards = Enumerable.Range(1, count)
            .Select(i => database.Board.PostCard(meeting.Id, Akuten, CardKind.Challenge, $"Utmaning {i}", Challenge($"Bakgrund {i}")))
            .ToList();
        return (meeting, cards);
    }
}
