using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Akutprognos.Web.Board;

/// <summary>
/// The live board: a browser showing a meeting joins that meeting's group and is told when its board
/// changed. Every signed-in user reads every board, so joining needs a log-in only; posting stays a form post.
/// </summary>
[Authorize]
public sealed class BoardHub : Hub
{
    /// <summary>Starts sending the changes of meeting <paramref name="meetingId"/> to this connection.</summary>
    public Task Join(long meetingId) => Groups.AddToGroupAsync(Context.ConnectionId, BoardEvents.Group(meetingId));
}

/// <summary>Tells every browser on a meeting's board what changed, so it fetches the board again.</summary>
public sealed class BoardEvents(IHubContext<BoardHub> hub)
{
    /// <summary>The client method called with (what, card id).</summary>
    public const string Changed = "changed";

    /// <summary>What a cast or withdrawn vote is announced as; without its card, so nobody learns where votes go.</summary>
    public const string Vote = "vote";

    public static string Group(long meetingId) => "meeting-" + meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Sends <paramref name="what"/> ("card", "idea", "link", "note", "reaction", "voting") about <paramref name="cardId"/>
    /// (0 for the whole meeting) to the meeting's group; a <see cref="Vote"/> always goes without its card.
    /// </summary>
    public Task ChangedAsync(long meetingId, string what, long cardId) =>
        hub.Clients.Group(Group(meetingId)).SendAsync(Changed, what, what == Vote ? 0 : cardId);
}
