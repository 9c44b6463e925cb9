using Akutprognos.Core.Board;
using static Akutprognos.Storage.Tests.Board.BoardSamples;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardLinksTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void Link_AcrossMeetings_BoardAndHistoryFollowIt(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var march = database.Board.CreateMeeting(Meeting());
        var april = database.Board.CreateMeeting(Meeting("tvargrupp-2025-04", March.AddDays(28)));
        var first = database.Board.PostCard(march.Id, Hr, CardKind.Challenge, "Bemanningen på akuten", Challenge("Mars"));
        var later = database.Board.PostCard(april.Id, Akuten, CardKind.Challenge, "Akutens bemanning igen", Challenge("April"));

        var link = database.Board.Link(later.Id, first.Id, LinkKind.SimilarChallenge, Akuten);
        var again = database.Board.Link(later.Id, first.Id, LinkKind.SimilarChallenge, Hr);

        Assert.Equal(link, again);
        var board = database.Board.Board(april.Id);
        Assert.Equal([link], board.Links);
        Assert.Equal(first, board.LinkedCards.Single());
        Assert.Equal([first.Id, later.Id], database.Board.History(later.Id).Select(c => c.Id));
        Assert.Throws<BoardAccessException>(() => database.Board.Link(later.Id, first.Id, LinkKind.CouldHelp, Outsider));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void MicroProject_StartedThenUpdated_KeepsHistoryAndCards(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var march = database.Board.CreateMeeting(Meeting());
        var april = database.Board.CreateMeeting(Meeting("tvargrupp-2025-04", March.AddDays(28)));
        var card = database.Board.PostCard(march.Id, Hr, CardKind.Challenge, "Bemanningen", Challenge("B"));

        var project = database.Board.StartMicroProject(march.Id, Moderator, "Prognos från kvällsbesök", "Ines IT", "Hämta loggar", [card.Id]);
        database.Board.UpdateMicroProject(project.Id, april.Id, Moderator, MicroProjectStatus.Running, "Backtest", "Loggarna finns");

        var loaded = database.Board.MicroProjects().Single();
        Assert.Equal((MicroProjectStatus.Running, "Backtest", card.Id), (loaded.Status, loaded.NextStep, loaded.CardIds.Single()));
        Assert.Equal([march.Id, april.Id], loaded.History.Select(h => h.MeetingId));
        Assert.Equal(project.Id, database.Board.Board(march.Id).MicroProjects.Single().Id);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void LookAlikesOf_SimilarCardOtherDepartment_Flagged(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var hr = database.Board.PostCard(meeting.Id, Hr, CardKind.Project, "Nytt personalschema för sjuksköterskor",
            new CardDetails(goal: "Schemaläggningen av sjuksköterskorna digitalt", owner: "Hanna"));
        database.Board.PostCard(meeting.Id, Moderator, CardKind.Project, "Byte av skrivare", new CardDetails(goal: "Nya skrivare i receptionen"));

        var posted = database.Board.PostCard(meeting.Id, Akuten, CardKind.Project, "Digital schemaläggning på akuten",
            new CardDetails(goal: "Sjuksköterskornas scheman i ett digitalt verktyg", owner: "Anders"));

        Assert.Equal(hr.Id, database.Board.LookAlikesOf(posted.Id).Single().Card.Id);
    }
}
