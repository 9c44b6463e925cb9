using Akutprognos.Core.Board;

namespace Akutprognos.Core.Tests.Board;

public sealed class BoardRecordsTests
{
    static readonly DateTimeOffset Start = new(2025, 3, 11, 13, 0, 0, TimeSpan.FromHours(1));
    static readonly Participant Moderator = new("Ines", "Ines@Region.se", "IT", BoardRole.Moderator);

    static Meeting Meeting(string? room = "Rum 1", string? link = null, IReadOnlyList<Participant>? people = null) =>
        new(0, "Tvärgruppen", Start, "Europe/Stockholm", 90, room, link, true, 0, "uid-1", people ?? [Moderator]);

    [Fact]
    public void Meeting_NeitherRoomNorLink_Throws() => Assert.Throws<ArgumentException>(() => Meeting(room: " ", link: null));

    [Fact]
    public void Meeting_SameParticipantTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => Meeting(people: [Moderator, new Participant("Ines igen", "ines@region.se", "IT", BoardRole.Participant)]));

    [Fact]
    public void Rescheduled_NewTime_SequenceUpSameUid()
    {
        var moved = Meeting().Rescheduled(Start.AddDays(7), 60, null, "https://video.region.se/x");

        Assert.Equal((1, "uid-1", "", 60), (moved.Sequence, moved.Uid, moved.Room, moved.DurationMinutes));
    }

    [Fact]
    public void Participant_EmailLowerCasedAndChecked()
    {
        Assert.Equal("ines@region.se", Moderator.Email);
        Assert.Throws<ArgumentException>(() => new Participant("X", "Ines <ines@region.se>", "IT", BoardRole.Participant));
        Assert.Throws<ArgumentException>(() => new Participant("X", "inte en adress", "IT", BoardRole.Participant));
    }

    [Fact]
    public void CardDetails_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new CardDetails(startDate: new DateOnly(2025, 5, 1), endDate: new DateOnly(2025, 4, 30)));

    [Fact]
    public void CardLink_ToItself_Throws() =>
        Assert.Throws<ArgumentException>(() => new CardLink(0, 4, 4, LinkKind.SimilarChallenge, "ines@region.se", Start));

    [Fact]
    public void Access_ParticipantWritesNote_Refused()
    {
        var meeting = Meeting(people: [Moderator, new Participant("Hanna", "hanna@region.se", "HR", BoardRole.Participant)]);

        Assert.Equal("hanna@region.se", BoardAccess.RequireParticipant(meeting, "HANNA@region.se").Email);
        Assert.Throws<BoardAccessException>(() => BoardAccess.RequireModerator(meeting, "hanna@region.se"));
        Assert.Throws<BoardAccessException>(() => BoardAccess.RequireParticipant(meeting, "okand@region.se"));
    }
}
