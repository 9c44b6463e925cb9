using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Tests.Board;

static class BoardSamples
{
    public const string Moderator = "it.chef@region.se";
    public const string Hr = "hr.chef@region.se";
    public const string Akuten = "akut.chef@region.se";
    public const string Outsider = "utomstaende@region.se";

    public static readonly DateTimeOffset March = new(2025, 3, 11, 13, 0, 0, TimeSpan.FromHours(1));

    public static Meeting Meeting(string uid = "tvargrupp-2025-03", DateTimeOffset? start = null) => new(
        0, "Tvärgruppen mars", start ?? March, "Europe/Stockholm", 90, "Konferensrum Ljuset", "https://video.region.se/tvargrupp",
        repeatsMonthly: true, sequence: 0, uid,
        [
            new Participant("Ines IT", Moderator, "IT", BoardRole.Moderator),
            new Participant("Hanna HR", Hr, "HR", BoardRole.Participant),
            new Participant("Anders Akut", Akuten, "Akutmottagningen", BoardRole.Participant),
        ]);

    public static CardDetails Challenge(string background) =>
        new(background: background, currentState: "Schemat läggs efter magkänsla.", desiredState: "Rätt antal på plats.", obstacles: "Vi vet inte i förväg.");
}
