using Akutprognos.Core.Board;
using static Akutprognos.Storage.Tests.Board.BoardSamples;

namespace Akutprognos.Storage.Tests.Board;

public sealed class BoardParticipantsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void RemoveParticipant_Moderator_GoneButTheirCardStays(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        database.Board.PostCard(meeting.Id, Hr, CardKind.Idea, "Delade scheman", new CardDetails(text: "Ett schema för alla"));

        var after = database.Board.RemoveParticipant(meeting.Id, Moderator, "HR.Chef@region.se");

        Assert.Null(after.Find(Hr));
        Assert.Null(database.Board.Meeting(meeting.Id)!.Find(Hr));
        Assert.Equal(Hr, Assert.Single(database.Board.Board(meeting.Id).Cards).Author);
        Assert.Throws<BoardAccessException>(() => database.Board.PostCard(meeting.Id, Hr, CardKind.Idea, "Igen", new CardDetails(text: "x")));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void RemoveParticipant_ByParticipantOrTheLastModerator_RefusedAndNothingChanged(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());

        Assert.Throws<BoardAccessException>(() => database.Board.RemoveParticipant(meeting.Id, Hr, Akuten));
        Assert.Throws<ArgumentException>(() => database.Board.RemoveParticipant(meeting.Id, Moderator, Moderator));
        Assert.Throws<KeyNotFoundException>(() => database.Board.RemoveParticipant(meeting.Id, Moderator, Outsider));

        Assert.Equal(3, database.Board.Meeting(meeting.Id)!.Participants.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void CreateMeeting_NextMonthOfAStoredOne_StoredWithTheSameParticipants(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var march = database.Board.CreateMeeting(Meeting());

        var april = database.Board.CreateMeeting(march.NextMonth("Tvärgruppen april", "tvargrupp-2025-04"));

        var loaded = database.Board.Meeting(april.Id)!;
        Assert.Equal(new DateTimeOffset(2025, 4, 8, 13, 0, 0, TimeSpan.FromHours(2)), loaded.Start);
        Assert.Equal(march.Participants.Select(p => (p.Email, p.Role)).Order(), loaded.Participants.Select(p => (p.Email, p.Role)).Order());
        Assert.Equal(2, database.Board.Meetings().Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void StartMicroProject_AtAStatus_FirstStepOfTheHistoryHasIt(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var meeting = database.Board.CreateMeeting(Meeting());
        var card = database.Board.PostCard(meeting.Id, Hr, CardKind.Challenge, "Bemanningen", Challenge("Magkänsla"));

        var project = database.Board.StartMicroProject(meeting.Id, Moderator, "Prognos", "Ines IT", "Backtest", [card.Id], MicroProjectStatus.Running);

        var stored = Assert.Single(database.Board.MicroProjects());
        Assert.Equal((project.Id, MicroProjectStatus.Running, "Backtest"), (stored.Id, stored.Status, stored.NextStep));
        Assert.Equal(MicroProjectStatus.Running, Assert.Single(stored.History).Status);
    }
}
