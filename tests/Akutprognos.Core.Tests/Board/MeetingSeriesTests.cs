using Akutprognos.Core.Board;

namespace Akutprognos.Core.Tests.Board;

public sealed class MeetingSeriesTests
{
    static readonly Participant Moderator = new("Ines", "ines@region.se", "IT", BoardRole.Moderator);
    static readonly Participant Hr = new("Hanna", "hanna@region.se", "HR", BoardRole.Participant);

    static Meeting Meeting(DateTimeOffset start) =>
        new(7, "Tvärgruppen", start, "Europe/Stockholm", 90, "Rum 1", null, true, 3, "uid-1", [Moderator, Hr]);

    [Fact]
    public void NextMonth_SecondTuesdayInWinter_SecondTuesdayOfNextMonthSameLocalTime()
    {
        var next = Meeting(new DateTimeOffset(2025, 1, 14, 13, 0, 0, TimeSpan.FromHours(1))).NextMonth("Tvärgruppen februari", "uid-2");

        Assert.Equal(new DateTimeOffset(2025, 2, 11, 13, 0, 0, TimeSpan.FromHours(1)), next.Start);
        Assert.Equal((0L, 0, "uid-2", "Tvärgruppen februari", 90, "Rum 1"), (next.Id, next.Sequence, next.Uid, next.Title, next.DurationMinutes, next.Room));
        Assert.Equal([Moderator, Hr], next.Participants);
    }

    [Fact]
    public void NextMonth_AcrossTheSpringChange_KeepsTheLocalClockTime()
    {
        // 11 March 2025 13:00 CET is the second Tuesday; the second Tuesday of April is the 8th, 13:00 CEST.
        var next = Meeting(new DateTimeOffset(2025, 3, 11, 13, 0, 0, TimeSpan.FromHours(1))).NextMonth("April", "uid-2");

        Assert.Equal(new DateTimeOffset(2025, 4, 8, 13, 0, 0, TimeSpan.FromHours(2)), next.Start);
    }

    [Fact]
    public void NextMonth_FifthWeekday_IsTheLastOfNextMonth()
    {
        // 29 April 2025 is the fifth Tuesday; May's last Tuesday is the 27th, June's (from there) the 24th.
        var may = Meeting(new DateTimeOffset(2025, 4, 29, 13, 0, 0, TimeSpan.FromHours(2))).NextMonth("Maj", "uid-2");
        var june = may.NextMonth("Juni", "uid-3");

        Assert.Equal(new DateOnly(2025, 5, 27), DateOnly.FromDateTime(may.Start.ToOffset(TimeSpan.FromHours(2)).DateTime));
        Assert.Equal(new DateOnly(2025, 6, 24), DateOnly.FromDateTime(june.Start.ToOffset(TimeSpan.FromHours(2)).DateTime));
    }

    [Fact]
    public void RevealedOnly_HiddenCard_LeftOutWithItsEntriesLinksAndOnlyProjects()
    {
        var now = new DateTimeOffset(2025, 3, 11, 12, 0, 0, TimeSpan.Zero);
        var meeting = Meeting(now);
        Card Card(long id, bool revealed) => new(id, 7, CardKind.Challenge, "HR", Hr.Email, "Kort " + id, new CardDetails(background: "x"), revealed, now);
        var board = new MeetingBoard(
            meeting,
            [Card(1, true), Card(2, false)],
            [new CardEntry(10, 1, EntryKind.Idea, Hr.Email, "synlig", now), new CardEntry(11, 2, EntryKind.Idea, Hr.Email, "dold", now)],
            [new CardLink(20, 1, 2, LinkKind.SimilarChallenge, Hr.Email, now)],
            [],
            [
                new MicroProject(30, "Båda", "IT", MicroProjectStatus.Running, "", [1, 2], [], now),
                new MicroProject(31, "Bara dolda", "IT", MicroProjectStatus.Running, "", [2], [], now),
            ]);

        var shown = board.RevealedOnly();

        Assert.Equal([1L], shown.Cards.Select(c => c.Id));
        Assert.Equal(["synlig"], shown.Entries.Select(e => e.Text));
        Assert.Empty(shown.Links);
        Assert.Equal([30L], shown.MicroProjects.Select(p => p.Id));
    }

    [Fact]
    public void NamedFields_FilledFieldsOnly_EnglishNamesInTheOrderOfTheSwedishLabels()
    {
        var details = new CardDetails(background: "Magkänsla", obstacles: "Vi vet inte", owner: "Rut");

        Assert.Equal([("Background", "Magkänsla"), ("Obstacles", "Vi vet inte"), ("Owner", "Rut")], details.NamedFields());
        Assert.Equal([("Bakgrund", "Magkänsla"), ("Hinder", "Vi vet inte"), ("Ägare", "Rut")], details.Fields());
    }
}
