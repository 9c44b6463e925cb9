namespace Akutprognos.Core.Board.Demo;

/// <summary>The cards of the demo meeting, with the ideas, notes and IT follow-up written on them.</summary>
internal static class DemoCards
{
    public static IReadOnlyList<SeedCard> All(string it, string hr, string web, string akut, string eko, string rtg) =>
    [
        new("bemanning", CardKind.Challenge, hr, "Vi bemannar aldrig akuten rätt",
            new CardDetails(
                background: "Akutmottagningarna bemannas efter scheman som läggs veckor i förväg, med samma antal varje vardag.",
                currentState: "Vissa dagar väntar patienterna i timmar, andra dagar går personalen sysslolös. Extrapersonal kallas in samma morgon, dyrt och för sent.",
                desiredState: "Kvällen före veta hur många som kommer i morgon, per sjukhus, och bemanna därefter.",
                obstacles: "Ingen prognos finns; antalet besök varierar med väder, helger och infektioner."),
            [
                new(EntryKind.Idea, web, "Titta på hur många som besöker vårdguidens sidor om symtom på kvällen: de kommer till akuten dagen efter."),
                new(EntryKind.Idea, akut, "Om vi vet kvällen före kan vi kalla in en extra sjuksköterska till eftermiddagspasset."),
                new(EntryKind.Comment, eko, "Varje pass med inhyrd personal i sista minuten kostar ungefär dubbelt så mycket."),
                new(EntryKind.Note, it, "HR och akuten beskriver samma problem. Webbredaktionens observation kan ge en prognos utan ny stor IT-upphandling."),
                new(EntryKind.Solution, it, "Prognos för morgondagens akutbesök per sjukhus från antalet besökare på vårdguiden kl. 18–24 kvällen före, veckodag och helgdagar."),
                new(EntryKind.Solution, it, "Bemanningsförslag per timme ur prognosen med köteori (Erlang C), jämfört med morgondagens schema."),
            ]),
        new("webb", CardKind.Idea, web, "Kvällens besökare på vårdguiden förutsäger morgondagens akutbesök",
            new CardDetails(text: "I besöksstatistiken ser vi att antalet besökare på kvällen följer antalet som söker akut nästa dag. Loggarna finns men används inte."),
            [
                new(EntryKind.Comment, hr, "Kan ni få fram siffrorna per sjukhus?"),
                new(EntryKind.Note, it, "Webbserverns loggar sparas bara en vecka: måste sparas som timvisa besökare, utan IP-adresser."),
                new(EntryKind.Solution, it, "Räkna unika besökare per timme ur loggarna, utan robotar och utan att spara IP-adresser."),
            ]),
        new("akut", CardKind.Challenge, akut, "Köerna på akutmottagningen varierar från dag till dag",
            new CardDetails(
                background: "Antalet patienter som söker akut skiljer sig kraftigt mellan dagarna.",
                currentState: "Schemat är detsamma varje vecka och stämmer sällan med hur många som kommer.",
                desiredState: "Fler på plats de dagar det blir trångt.",
                obstacles: "Vi vet inte i förväg vilka dagar det blir."),
            [new(EntryKind.Idea, hr, "Samma som vår utmaning: låt oss lösa den tillsammans.")]),
        new("hyr", CardKind.Challenge, eko, "Kostnaderna för inhyrd personal på akuten ökar",
            new CardDetails(
                background: "Bemanningsföretagen fakturerar akutpass som beställts samma dag.",
                currentState: "Kostnaden har ökat två år i rad.",
                desiredState: "Färre beställningar i sista minuten.",
                obstacles: "Behovet syns först när kön redan finns."),
            [new(EntryKind.Note, it, "Hänger ihop med HR:s kort om bemanningen.")]),
        new("schema", CardKind.Project, rtg, "Digital schemaläggning för röntgensjuksköterskor",
            new CardDetails(goal: "Ersätta kalkylarken med ett schemaverktyg där personalen själv lägger önskemål.", owner: "Rita Nyberg",
                startDate: new DateOnly(2013, 11, 1), endDate: new DateOnly(2014, 3, 31)),
            [new(EntryKind.Comment, hr, "HR utreder också ett schemaverktyg: samordna upphandlingen.")]),
    ];
}
