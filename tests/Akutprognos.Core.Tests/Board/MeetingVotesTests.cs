using Akutprognos.Core.Board;

namespace Akutprognos.Core.Tests.Board;

public sealed class MeetingVotesTests
{
    static readonly DateTimeOffset Posted = new(2025, 3, 11, 13, 0, 0, TimeSpan.FromHours(1));

    static Card Card(long id) => new(id, 1, CardKind.Challenge, "IT", "ines@region.se", "Kort " + id, new CardDetails(background: "b"), true, Posted);

    [Fact]
    public void Counts_BeforeTheReveal_Refused() =>
        Assert.Throws<ArgumentException>(() => new MeetingVotes(3, false, 1, new Dictionary<long, int>(), new Dictionary<long, int> { [1] = 1 }));

    [Theory]
    [InlineData(-1)]
    [InlineData(MeetingVotes.MaximumBudget + 1)]
    public void Budget_OutsideTheRange_Refused(int budget) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingVotes(budget, false, 0, new Dictionary<long, int>(), new Dictionary<long, int>()));

    [Fact]
    public void Order_Revealed_MostVotesFirstTiesInPostingOrder()
    {
        var votes = new MeetingVotes(3, true, 5, new Dictionary<long, int>(), new Dictionary<long, int> { [2] = 1, [3] = 3, [4] = 1 });

        Assert.Equal([3L, 2L, 4L, 1L], votes.Order([Card(1), Card(2), Card(3), Card(4)]).Select(c => c.Id));
    }

    [Fact]
    public void Order_NotRevealed_PostingOrderAndOwnVotesCounted()
    {
        var votes = new MeetingVotes(3, false, 5, new Dictionary<long, int> { [3] = 2 }, new Dictionary<long, int>());

        Assert.Equal([1L, 2L, 3L], votes.Order([Card(1), Card(2), Card(3)]).Select(c => c.Id));
        Assert.Equal((true, 2, 1, 0, 2), (votes.Open, votes.Used, votes.Left, votes.CountOf(3), votes.MineOn(3)));
    }

    [Fact]
    public void Left_BudgetLoweredBelowTheVotesCast_IsZero() =>
        Assert.Equal(0, new MeetingVotes(1, false, 2, new Dictionary<long, int> { [1] = 2 }, new Dictionary<long, int>()).Left);
}
