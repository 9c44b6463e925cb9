using System.Globalization;
using Akutprognos.Core.Board;
using Akutprognos.Core.Calendar;

namespace Akutprognos.Web.Board;

/// <summary>What the board's forms share: reading a local start time, and turning a refused write into a status and a message.</summary>
static class BoardForms
{
    /// <summary>The zone meetings are planned in; the forms take and show local time there.</summary>
    public const string TimeZone = "Europe/Stockholm";

    static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>
    /// The instant of a <c>datetime-local</c> value read as Stockholm time (a time the spring change skips
    /// moves forward by the gap; a repeated autumn hour is the first); throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static DateTimeOffset LocalStart(string? text) =>
        DateTime.TryParseExact(text?.Trim(), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? LocalDays.ToInstant(local, TimeZoneInfo.FindSystemTimeZoneById(TimeZone))
            : throw new ArgumentException($"'{text}' is not a start time (yyyy-mm-dd hh:mm).", nameof(text));

    /// <summary>The value for a <c>datetime-local</c> field showing the meeting's start.</summary>
    public static string LocalValue(Meeting meeting) => BoardView.StartOf(meeting).Replace(' ', 'T');

    /// <summary>
    /// For a write the board refused: 403 with the reason when the role does not allow it, 400 for bad input
    /// or an unknown id; null for anything else, which is a fault and not the user's.
    /// </summary>
    public static (int Status, string Problem)? Refusal(Exception e) => e switch
    {
        BoardAccessException => (StatusCodes.Status403Forbidden, e.Message),
        ArgumentException or KeyNotFoundException => (StatusCodes.Status400BadRequest, e.Message),
        _ => null,
    };

    /// <summary>
    /// The English text (the key of its Swedish translation) of a micro-project's status; "In progress" for
    /// running, since the key "running" already names a job that runs.
    /// </summary>
    public static string StatusText(MicroProjectStatus status) => status == MicroProjectStatus.Running ? "In progress" : status.ToString();

    /// <summary>A new meeting's iCalendar UID: random, so two installations never share one.</summary>
    public static string NewUid() => Guid.NewGuid().ToString("N") + "@akutprognos";
}
