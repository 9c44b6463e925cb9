using Akutprognos.Core.Board;

namespace Akutprognos.Core.Tests.Board.Summaries;

/// <summary>A small board in memory: two cards (one with markup-like text), entries, a link, a micro-project.</summary>
static class SampleBoard
{
    public static readonly DateTimeOffset Start = new(2025, 3, 11, 13, 0, 0, TimeSpan.FromHours(1));

    public static Meeting Meeting() => new(7, "Tvärgruppen mars", Start, "Europe/Stockholm", 90, "Rum Ljuset", "https://video.region.se/tg", true, 0, "tg-2025-03",
    [
        new Participant("Ines IT", "ines@region.se", "IT", BoardRole.Moderator),
        new Participant("Hanna HR", "hanna@region.se", "HR", BoardRole.Participant),
        new Participant("Anders Akut", "anders@region.se", "Akutmottagningen", BoardRole.Participant),
    ]);

    public static MeetingBoard Create()
    {
        var hr = new Card(11, 7, CardKind.Challenge, "HR", "hanna@region.se", "Vi bemannar aldrig akuten rätt",
            new CardDetails(background: "Schemat läggs efter magkänsla", obstacles: "a < b & \"c\""), true, Start);
        var akut = new Card(12, 7, CardKind.Challenge, "Akutmottagningen", "anders@region.se", "=Köerna växer",
            new CardDetails(currentState: "Olika varje dag, tre pass"), true, Start);
        CardEntry[] entries =
        [
            new(1, 11, EntryKind.Idea, "anders@region.se", "Kalla in kvällen före", Start),
            new(2, 11, EntryKind.Comment, "ines@region.se", "Bra, men hur vet vi?", Start),
            new(3, 11, EntryKind.Note, "ines@region.se", "Samma problem som akuten", Start),
            new(4, 11, EntryKind.Solution, "ines@region.se", "Prognos från kvällens webbesök", Start),
        ];
        var link = new CardLink(1, 12, 11, LinkKind.SimilarChallenge, "anders@region.se", Start);
        var project = new MicroProject(3, "Akutprognos", "Ines IT", MicroProjectStatus.Running, "Backtest", [11, 12],
            [new MicroProjectUpdate(7, MicroProjectStatus.Running, "Backtest", "", "ines@region.se", Start)], Start);
        return new MeetingBoard(Meeting(), [hr, akut], entries, [link], [], [project]);
    }
}
