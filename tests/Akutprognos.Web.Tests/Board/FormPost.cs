using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

/// <summary>Posts a board form the way a browser does: the antiforgery token from the page, then the fields.</summary>
static class FormPost
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, params (string Name, string Value)[] fields)
    {
        var token = await Login.TokenAsync(client, page);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// A meeting of its own in the shared demo database, so tests do not see each other's cards: admin moderates,
    /// planner takes part (HR), viewer does not.
    /// </summary>
    public static Meeting NewMeeting(string path, string title, bool repeatsMonthly = false)
    {
        using var database = AkutprognosDatabase.Open(path);
        return database.Board.CreateMeeting(new Meeting(0, title, new DateTimeOffset(2026, 2, 10, 13, 0, 0, TimeSpan.FromHours(1)), "Europe/Stockholm", 60,
            "Rum 2", null, repeatsMonthly, 0, Guid.NewGuid().ToString("N") + "@test",
            [
                new Participant("Admin", "admin@localhost", "IT", BoardRole.Moderator),
                new Participant("Planner", "planner@localhost", "HR", BoardRole.Participant),
            ]));
    }

    public static MeetingBoard BoardOf(string path, long meetingId)
    {
        using var database = AkutprognosDatabase.Open(path);
        return database.Board.Board(meetingId);
    }

    public static Meeting MeetingOf(string path, long meetingId)
    {
        using var database = AkutprognosDatabase.Open(path);
        return database.Board.Meeting(meetingId)!;
    }
}
