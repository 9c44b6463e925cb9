using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Web.Board;

namespace Akutprognos.Web.Tests.Board;

/// <summary>
/// The board in the shared demo database: the demo meeting (with the test account <c>admin</c> as a second
/// moderator) and a meeting of its own where admin moderates and planner takes part; viewer is in neither.
/// </summary>
sealed class BoardData
{
    static readonly Lazy<BoardData> Shared = new(() => new BoardData(DemoDatabase.Instance.Path));

    BoardData(string path)
    {
        using var database = AkutprognosDatabase.Open(path);
        DemoMeetingId = DemoBoard.Seed(database, "admin").Id;
        var meeting = new Meeting(0, "Testmöte", new DateTimeOffset(2026, 1, 13, 13, 0, 0, TimeSpan.FromHours(1)), "Europe/Stockholm", 60,
            "Rum 1", null, repeatsMonthly: false, 0, "board-web-tests@akutprognos",
            [
                new Participant("Admin", "admin@localhost", "IT", BoardRole.Moderator),
                new Participant("Planner", "planner@localhost", "HR", BoardRole.Participant),
            ]);
        TestMeetingId = database.Board.CreateMeeting(meeting).Id;
    }

    public static BoardData Instance => Shared.Value;

    public long DemoMeetingId { get; }

    public long TestMeetingId { get; }

    public static IReadOnlyList<Card> CardsOf(long meetingId)
    {
        using var database = AkutprognosDatabase.Open(DemoDatabase.Instance.Path);
        return database.Board.Board(meetingId).Cards;
    }
}
