namespace Akutprognos.Core.Board.Demo;

/// <summary>
/// The demo's Tvärgrupp meeting: the October meeting where HR said it could never staff the emergency
/// departments right, the webmaster told of the evening visitors to the health site, and IT's follow-up
/// turned the two into the micro-project that became Akutprognos.
/// </summary>
public static class BoardDemo
{
    /// <summary>The uid of the demo meeting; storing the seed again finds it and adds nothing.</summary>
    public const string MeetingUid = "tvargrupp-demo-2013-10@akutprognos";

    const string It = "ines.lind@region.example";
    const string Hr = "helena.berg@region.example";
    const string Web = "wilhelm.ek@region.example";
    const string Akut = "anna.holm@region.example";
    const string Eko = "erik.sund@region.example";
    const string Rtg = "rita.nyberg@region.example";

    /// <summary>The demo meeting (second Tuesday of October 2013, 13:00 Stockholm time), its cards, ideas, notes, links and micro-project.</summary>
    public static BoardSeed Seed()
    {
        var meeting = new Meeting(
            0, "Tvärgruppen oktober", new DateTimeOffset(2013, 10, 8, 13, 0, 0, TimeSpan.FromHours(2)), "Europe/Stockholm", 90,
            "Konferensrum Ljuset, Hälso- och sjukvårdsförvaltningen", "https://video.region.example/tvargrupp", repeatsMonthly: true, 0, MeetingUid,
            [
                new Participant("Ines Lind", It, "IT", BoardRole.Moderator),
                new Participant("Helena Berg", Hr, "HR", BoardRole.Participant),
                new Participant("Wilhelm Ek", Web, "Kommunikation", BoardRole.Participant),
                new Participant("Anna Holm", Akut, "Akutmottagningen", BoardRole.Participant),
                new Participant("Erik Sund", Eko, "Ekonomi", BoardRole.Participant),
                new Participant("Rita Nyberg", Rtg, "Röntgen", BoardRole.Participant),
            ]);
        return new BoardSeed(meeting, DemoCards.All(It, Hr, Web, Akut, Eko, Rtg),
            [
                new SeedLink("webb", "bemanning", LinkKind.CouldHelp, Web),
                new SeedLink("akut", "bemanning", LinkKind.SimilarChallenge, Akut),
                new SeedLink("hyr", "bemanning", LinkKind.SimilarChallenge, Eko),
            ],
            [
                new SeedMicroProject(
                    "Akutprognos: morgondagens akutbesök från kvällens besökare på vårdguiden", "Ines Lind (IT) och Wilhelm Ek (Kommunikation)",
                    MicroProjectStatus.Running, "Backtesta prognosen mot ett års akutbesök på de sju akutmottagningarna",
                    "Startat efter oktobermötet; HR och akuten testar bemanningsförslagen.", ["bemanning", "webb", "akut"]),
            ]);
    }
}
