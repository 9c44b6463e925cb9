using System.Data.Common;
using Akutprognos.Core.Board;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Board;

/// <summary>Cards, their append-only entries and links: board_cards, board_entries, board_links.</summary>
internal static class CardRows
{
    const string Columns = "id, meeting_id, kind, department, author, title, background, current_state, desired_state, obstacles, body, goal, owner, start_date, end_date, revealed, created_utc";

    public static long Insert(BoardSession s, Card card)
    {
        var d = card.Details;
        return s.Insert(
            "INSERT INTO board_cards (meeting_id, kind, department, author, title, background, current_state, desired_state, obstacles, body, goal, owner, start_date, end_date, revealed, created_utc) " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15)",
            card.MeetingId, BoardCodes.Of(card.Kind), card.Department, card.Author, card.Title, d.Background, d.CurrentState, d.DesiredState,
            d.Obstacles, d.Text, d.Goal, d.Owner, Date(d.StartDate), Date(d.EndDate), card.Revealed ? 1 : 0, card.Created.ToUnixTimeSeconds());
    }

    public static void Reveal(BoardSession s, long cardId) => s.Execute("UPDATE board_cards SET revealed = 1 WHERE id = @p0", cardId);

    /// <summary>The card on the board (not withdrawn or hidden); throws <see cref="KeyNotFoundException"/> otherwise.</summary>
    public static Card Require(BoardSession s, long id) =>
        Find(s, id) ?? throw new KeyNotFoundException($"No board card has the id {id}.");

    /// <summary>The card on the board (not withdrawn or hidden), or null.</summary>
    public static Card? Find(BoardSession s, long id) => Load(s, "id = @p0", id).SingleOrDefault();

    /// <summary>The cards on the board (none withdrawn or hidden) that meet <paramref name="condition"/> (SQL, "" for all), in posting order.</summary>
    public static List<Card> Load(BoardSession s, string condition, params object?[] values) =>
        s.Query($"SELECT {Columns} FROM board_cards WHERE removed IS NULL{(condition.Length == 0 ? "" : $" AND ({condition})")} ORDER BY id", Read, values);

    /// <summary>Changes the card's title and text.</summary>
    public static void Update(BoardSession s, Card card)
    {
        var d = card.Details;
        s.Execute(
            "UPDATE board_cards SET title = @p1, background = @p2, current_state = @p3, desired_state = @p4, obstacles = @p5, body = @p6, goal = @p7, " +
            "owner = @p8, start_date = @p9, end_date = @p10 WHERE id = @p0",
            card.Id, card.Title, d.Background, d.CurrentState, d.DesiredState, d.Obstacles, d.Text, d.Goal, d.Owner, Date(d.StartDate), Date(d.EndDate));
    }

    /// <summary>Takes the card off the board, withdrawn or hidden; its row and everything under it stay.</summary>
    public static void Remove(BoardSession s, long cardId, CardChangeKind how) =>
        s.Execute("UPDATE board_cards SET removed = @p1 WHERE id = @p0", cardId, BoardCodes.Of(how));

    /// <summary>Appends a change to the card's history, with the card as it was before.</summary>
    public static void InsertChange(BoardSession s, Card before, CardChangeKind change, string actor)
    {
        var d = before.Details;
        s.Insert(
            "INSERT INTO board_card_changes (card_id, change, actor, title, background, current_state, desired_state, obstacles, body, goal, owner, start_date, end_date, created_utc) " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)",
            before.Id, BoardCodes.Of(change), actor, before.Title, d.Background, d.CurrentState, d.DesiredState, d.Obstacles, d.Text, d.Goal, d.Owner,
            Date(d.StartDate), Date(d.EndDate), s.NowUtc);
    }

    /// <summary>The card's changes, oldest first.</summary>
    public static List<CardChange> Changes(BoardSession s, long cardId) => s.Query(
        "SELECT id, card_id, change, actor, title, background, current_state, desired_state, obstacles, body, goal, owner, start_date, end_date, created_utc " +
        "FROM board_card_changes WHERE card_id = @p0 ORDER BY id",
        r => new CardChange(r.GetInt64(0), r.GetInt64(1), BoardCodes.ToChange(r.GetString(2)), r.GetString(3), r.GetString(4),
            new CardDetails(r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
                r.IsDBNull(12) ? null : Instants.DateFromText(r.GetString(12)), r.IsDBNull(13) ? null : Instants.DateFromText(r.GetString(13))),
            DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(14))),
        cardId);

    public static long InsertEntry(BoardSession s, CardEntry entry) => s.Insert(
        "INSERT INTO board_entries (card_id, kind, author, text, created_utc) VALUES (@p0, @p1, @p2, @p3, @p4)",
        entry.CardId, BoardCodes.Of(entry.Kind), entry.Author, entry.Text, entry.Created.ToUnixTimeSeconds());

    /// <summary>The entries of the cards of one meeting, in the order they were written.</summary>
    public static List<CardEntry> EntriesOfMeeting(BoardSession s, long meetingId) => s.Query(
        "SELECT e.id, e.card_id, e.kind, e.author, e.text, e.created_utc FROM board_entries e JOIN board_cards c ON c.id = e.card_id " +
        "WHERE c.meeting_id = @p0 ORDER BY e.id",
        r => new CardEntry(r.GetInt64(0), r.GetInt64(1), BoardCodes.ToEntryKind(r.GetString(2)), r.GetString(3), r.GetString(4),
            DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(5))),
        meetingId);

    public static long InsertLink(BoardSession s, CardLink link) => s.Insert(
        "INSERT INTO board_links (from_card_id, to_card_id, kind, author, created_utc) VALUES (@p0, @p1, @p2, @p3, @p4)",
        link.FromCardId, link.ToCardId, BoardCodes.Of(link.Kind), link.Author, link.Created.ToUnixTimeSeconds());

    public static CardLink? FindLink(BoardSession s, long from, long to, LinkKind kind) =>
        Links(s, "WHERE from_card_id = @p0 AND to_card_id = @p1 AND kind = @p2", from, to, BoardCodes.Of(kind)).SingleOrDefault();

    /// <summary>Links with either end on a card of the meeting.</summary>
    public static List<CardLink> LinksOfMeeting(BoardSession s, long meetingId) => Links(
        s,
        "WHERE from_card_id IN (SELECT id FROM board_cards WHERE meeting_id = @p0) OR to_card_id IN (SELECT id FROM board_cards WHERE meeting_id = @p0)",
        meetingId);

    public static List<CardLink> Links(BoardSession s, string where, params object?[] values) => s.Query(
        $"SELECT id, from_card_id, to_card_id, kind, author, created_utc FROM board_links {where} ORDER BY id",
        r => new CardLink(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), BoardCodes.ToLinkKind(r.GetString(3)), r.GetString(4),
            DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(5))),
        values);

    static Card Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), BoardCodes.ToCardKind(r.GetString(2)), r.GetString(3), r.GetString(4), r.GetString(5),
        new CardDetails(r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11), r.GetString(12),
            r.IsDBNull(13) ? null : Instants.DateFromText(r.GetString(13)), r.IsDBNull(14) ? null : Instants.DateFromText(r.GetString(14))),
        r.GetInt64(15) != 0, DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(16)));

    static string? Date(DateOnly? date) => date is { } d ? Instants.DateToText(d) : null;
}
