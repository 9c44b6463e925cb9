using Akutprognos.Core.Board;
using static Akutprognos.Storage.Tests.Board.BoardSamples;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardReactionsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void React_GivenByTwoAndTakenBackByOne_CountedPerCardAndReaction(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Akuten, CardKind.Challenge, "Väntetider", Challenge("Kvällarna"));
        var other = database.Board.PostCard(meeting.Id, Akuten, CardKind.Challenge, "Sängplatser", Challenge("Nätterna"));

        Assert.True(database.Board.React(card.Id, Hr, Reaction.ThumbsUp));
        Assert.True(database.Board.React(card.Id, Moderator, Reaction.ThumbsUp));
        Assert.True(database.Board.React(card.Id, Hr, Reaction.Bulb));
        Assert.True(database.Board.React(other.Id, Hr, Reaction.Heart));
        Assert.False(database.Board.React(card.Id, "HR.Chef@region.se", Reaction.Bulb));

        var seen = database.Board.Reactions(meeting.Id, Hr);
        Assert.Equal((2, 0, 0), (seen.CountOf(card.Id, Reaction.ThumbsUp), seen.CountOf(card.Id, Reaction.Bulb), seen.CountOf(card.Id, Reaction.Heart)));
        Assert.Equal(1, seen.CountOf(other.Id, Reaction.Heart));
        Assert.True(seen.Gave(card.Id, Reaction.ThumbsUp));
        Assert.False(seen.Gave(card.Id, Reaction.Bulb));
        Assert.Empty(database.Board.Reactions(meeting.Id).Mine);
        Assert.Equal(3, test.Count("board_reactions"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void React_ByOutsiderOrOnAHiddenCardOfAnother_RefusedAndNothingStored(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Akuten, CardKind.Challenge, "Väntetider", Challenge("Kvällarna"));
        var hidden = database.Board.PostCard(meeting.Id, Akuten, CardKind.Idea, "I förväg", new CardDetails(text: "Senare"), revealed: false);

        Assert.Throws<BoardAccessException>(() => database.Board.React(card.Id, Outsider, Reaction.Heart));
        Assert.Throws<BoardAccessException>(() => database.Board.React(hidden.Id, Hr, Reaction.Heart));
        Assert.Throws<ArgumentOutOfRangeException>(() => database.Board.React(card.Id, Hr, (Reaction)7));

        Assert.Equal(0, test.Count("board_reactions"));
    }
}
