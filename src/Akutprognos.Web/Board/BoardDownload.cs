using System.Globalization;
using System.Text;
using Akutprognos.Core.Board.Summaries;
using Akutprognos.Storage;

namespace Akutprognos.Web.Board;

/// <summary>
/// One export of the board as a file: a meeting (<see cref="Meeting"/>) or the micro-projects across meetings
/// (<see cref="MicroProjects"/>), as Markdown, CSV or JSON. Both leave out cards written ahead and not yet
/// revealed. Shared by the web downloads and <c>akutprognos board export</c>.
/// </summary>
public sealed record BoardDownload(string Text, string ContentType, string FileName)
{
    /// <summary>The formats, as the file extensions the downloads end in.</summary>
    public static readonly IReadOnlyList<string> Formats = ["md", "csv", "json"];

    /// <summary>The text as UTF-8 bytes (no byte-order mark).</summary>
    public byte[] Bytes => Encoding.UTF8.GetBytes(Text);

    /// <summary>The meeting <paramref name="meetingId"/> as seen by everyone, or null when there is no such meeting.</summary>
    public static BoardDownload? Meeting(AkutprognosDatabase database, long meetingId, string format)
    {
        ArgumentNullException.ThrowIfNull(database);
        var meeting = database.Board.Meeting(meetingId);
        if (meeting is null)
        {
            return null;
        }
        var board = database.Board.Board(meetingId).RevealedOnly();
        var date = TimeZoneInfo.ConvertTime(meeting.Start, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = string.Create(CultureInfo.InvariantCulture, $"tvargrupp-{meetingId}-{date}");
        return Of(format, name, () => MeetingMarkdown.Summary(board), () => BoardExport.Csv(board), () => BoardExport.Json(board));
    }

    /// <summary>Every micro-project with its cards; only revealed cards are named (others by id).</summary>
    public static BoardDownload MicroProjects(AkutprognosDatabase database, string format)
    {
        ArgumentNullException.ThrowIfNull(database);
        var projects = database.Board.MicroProjects();
        var revealed = database.Board.Cards();
        return Of(format, "mikroprojekt", () => MicroProjectExport.Markdown(projects, revealed),
            () => MicroProjectExport.Csv(projects, revealed), () => MicroProjectExport.Json(projects));
    }

    static BoardDownload Of(string format, string name, Func<string> markdown, Func<string> csv, Func<string> json) => format switch
    {
        "md" => new(markdown(), "text/markdown; charset=utf-8", name + ".md"),
        "csv" => new(csv(), "text/csv; charset=utf-8", name + ".csv"),
        "json" => new(json(), "application/json; charset=utf-8", name + ".json"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The board exports as md, csv or json."),
    };
}
