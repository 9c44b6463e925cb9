using System.Globalization;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>The Swedish words and formats the summaries and exports share.</summary>
internal static class Labels
{
    static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Of(CardKind kind) => kind switch
    {
        CardKind.Challenge => "Utmaning",
        CardKind.Idea => "Idé",
        _ => "Projekt",
    };

    public static string Of(LinkKind kind) => kind == LinkKind.SimilarChallenge ? "Vi har en liknande utmaning" : "Det här kan hjälpa";

    public static string Of(MicroProjectStatus status) => status switch
    {
        MicroProjectStatus.Proposed => "Föreslaget",
        MicroProjectStatus.Running => "Pågår",
        MicroProjectStatus.Paused => "Pausat",
        MicroProjectStatus.Done => "Klart",
        _ => "Avbrutet",
    };

    /// <summary>"tisdag 11 mars 2025 13:00–14:30" in the meeting's own time zone.</summary>
    public static string When(Meeting meeting)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone);
        var start = TimeZoneInfo.ConvertTime(meeting.Start, zone);
        var end = TimeZoneInfo.ConvertTime(meeting.End, zone);
        return start.ToString("dddd d MMMM yyyy HH:mm", Swedish) + "–" + end.ToString("HH:mm", Swedish);
    }

    public static string Date(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Place(Meeting meeting) =>
        string.Join(" · ", new[] { meeting.Room, meeting.VideoLink?.ToString() ?? "" }.Where(p => p.Length > 0));

    public static string Anchor(long cardId) => "kort-" + cardId.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
