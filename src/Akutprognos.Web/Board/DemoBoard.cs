using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Demo;
using Akutprognos.Storage;

namespace Akutprognos.Web.Board;

/// <summary>The demo's Tvärgrupp meeting (<see cref="BoardDemo"/>), with the demo account as a second moderator so it can try everything.</summary>
public static class DemoBoard
{
    /// <summary>
    /// Stores the demo meeting (once) and makes the account <paramref name="accountName"/> a moderator of it,
    /// under the address <see cref="BoardIdentity"/> gives it with the default domain. Safe to run again.
    /// </summary>
    public static Meeting Seed(AkutprognosDatabase database, string accountName)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(accountName);
        var meeting = database.Board.Seed(BoardDemo.Seed());
        var email = accountName.Contains('@', StringComparison.Ordinal) ? accountName : accountName + "@" + BoardIdentity.DefaultMailDomain;
        if (meeting.Find(email) is not null)
        {
            return meeting;
        }
        var moderator = meeting.Participants.First(p => p.Role == BoardRole.Moderator);
        return database.Board.AddParticipant(meeting.Id, moderator.Email, new Participant("Demo", email, moderator.Department, BoardRole.Moderator));
    }
}
