using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

public sealed partial class BoardStore
{
    /// <summary>
    /// Dot voting on the meeting as <paramref name="viewer"/> sees it: the budget, whether the votes are revealed,
    /// how many were cast in all, the viewer's own votes, and each card's count only once revealed.
    /// </summary>
    public MeetingVotes Votes(long meetingId, string? viewer = null) => Read(s =>
    {
        var meeting = MeetingRows.Require(s, meetingId);
        return VoteRows.Load(s, meetingId, viewer is null ? null : meeting.Find(viewer)?.Email);
    });

    /// <summary>
    /// Opens voting with <paramref name="budget"/> votes per participant, or changes it (the moderator only; 0 closes
    /// voting again). Votes already cast stay; a lower budget only stops new ones. Refused once the votes are revealed.
    /// </summary>
    public MeetingVotes SetVoteBudget(long meetingId, string moderator, int budget) => Write("Setting the vote budget", s =>
    {
        var writer = BoardAccess.RequireModerator(MeetingRows.Require(s, meetingId), moderator);
        MeetingVotes.RequireBudget(budget);
        if (VoteRows.State(s, meetingId).Revealed)
        {
            throw new ArgumentException("The votes are revealed; voting is closed.", nameof(budget));
        }
        VoteRows.SetBudget(s, meetingId, budget);
        return VoteRows.Load(s, meetingId, writer.Email);
    });

    /// <summary>
    /// Casts one of <paramref name="voter"/>'s votes (a participant) on a revealed card while voting is open. Each vote
    /// takes a free slot below the budget, so nobody can cast more than the budget, however the votes arrive.
    /// </summary>
    public MeetingVotes Vote(long cardId, string voter) => Write("Casting the vote", s =>
    {
        var (card, writer) = VotingOn(s, cardId, voter);
        var (budget, _) = VoteRows.State(s, card.MeetingId);
        var taken = VoteRows.Slots(s, card.MeetingId, writer.Email).Select(v => v.Slot).ToHashSet();
        var free = Enumerable.Range(0, budget).Where(slot => !taken.Contains(slot)).Cast<int?>().FirstOrDefault()
            ?? throw new ArgumentException($"{writer.Email} has cast all {budget} of their votes; take one back to vote again.", nameof(voter));
        VoteRows.Insert(s, card.MeetingId, writer.Email, free, cardId);
        return VoteRows.Load(s, card.MeetingId, writer.Email);
    });

    /// <summary>Takes back one of <paramref name="voter"/>'s votes on the card while voting is open; nothing when they have none there.</summary>
    public MeetingVotes Unvote(long cardId, string voter) => Write("Taking back the vote", s =>
    {
        var (card, writer) = VotingOn(s, cardId, voter);
        var slots = VoteRows.Slots(s, card.MeetingId, writer.Email).Where(v => v.CardId == cardId).ToList();
        if (slots.Count > 0)
        {
            VoteRows.Delete(s, card.MeetingId, writer.Email, slots.Max(v => v.Slot));
        }
        return VoteRows.Load(s, card.MeetingId, writer.Email);
    });

    /// <summary>Reveals every card's votes and closes voting (the moderator only, once voting was opened). Revealing twice changes nothing.</summary>
    public MeetingVotes RevealVotes(long meetingId, string moderator) => Write("Revealing the votes", s =>
    {
        var writer = BoardAccess.RequireModerator(MeetingRows.Require(s, meetingId), moderator);
        if (VoteRows.State(s, meetingId).Budget == 0)
        {
            throw new ArgumentException("Voting is not open, so there are no votes to reveal.", nameof(meetingId));
        }
        VoteRows.Reveal(s, meetingId);
        return VoteRows.Load(s, meetingId, writer.Email);
    });

    /// <summary>The reactions on the meeting's cards, with those <paramref name="viewer"/> gave.</summary>
    public CardReactions Reactions(long meetingId, string? viewer = null) => Read(s =>
    {
        var meeting = MeetingRows.Require(s, meetingId);
        return ReactionRows.Load(s, meetingId, viewer is null ? null : meeting.Find(viewer)?.Email);
    });

    /// <summary>
    /// Gives <paramref name="reaction"/> to a card the participant sees, or takes it back when they had given it;
    /// true when it is given afterwards.
    /// </summary>
    public bool React(long cardId, string author, Reaction reaction) => Write("Reacting to the card", s =>
    {
        if (!Enum.IsDefined(reaction))
        {
            throw new ArgumentOutOfRangeException(nameof(reaction));
        }
        var card = CardRows.Require(s, cardId);
        var meeting = MeetingRows.Require(s, card.MeetingId);
        var writer = BoardAccess.RequireParticipant(meeting, author);
        BoardAccess.RequireVisible(card, meeting, author);
        return ReactionRows.Toggle(s, cardId, writer.Email, reaction);
    });

    // The card and the participant voting on it, when the card is revealed and the meeting's voting open.
    static (Card Card, Participant Voter) VotingOn(BoardSession s, long cardId, string voter)
    {
        var card = CardRows.Require(s, cardId);
        var writer = BoardAccess.RequireParticipant(MeetingRows.Require(s, card.MeetingId), voter);
        if (!card.Revealed)
        {
            throw new ArgumentException($"The card '{card.Title}' is not revealed yet and takes no votes.", nameof(cardId));
        }
        var (budget, revealed) = VoteRows.State(s, card.MeetingId);
        if (budget == 0 || revealed)
        {
            throw new ArgumentException(revealed ? "The votes are revealed; voting is closed." : "Voting is not open.", nameof(voter));
        }
        return (card, writer);
    }
}
