using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

/// <summary>Micro-projects, the cards they name and their append-only history of updates.</summary>
internal static class MicroProjectRows
{
    public static long Insert(BoardSession s, string title, string owner, IReadOnlyList<long> cardIds, MicroProjectUpdate first)
    {
        var id = s.Insert("INSERT INTO board_micro_projects (title, owner, created_utc) VALUES (@p0, @p1, @p2)",
            title, owner, first.Created.ToUnixTimeSeconds());
        foreach (var cardId in cardIds.Distinct())
        {
            s.Execute("INSERT INTO board_micro_project_cards (project_id, card_id) VALUES (@p0, @p1)", id, cardId);
        }
        InsertUpdate(s, id, first);
        return id;
    }

    public static void InsertUpdate(BoardSession s, long projectId, MicroProjectUpdate update) => s.Execute(
        "INSERT INTO board_micro_project_updates (project_id, meeting_id, status, next_step, note, author, created_utc) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
        projectId, update.MeetingId == 0 ? null : update.MeetingId, BoardCodes.Of(update.Status), update.NextStep, update.Note, update.Author,
        update.Created.ToUnixTimeSeconds());

    /// <summary>Micro-projects by id; status and next step are those of the latest update.</summary>
    public static List<MicroProject> Load(BoardSession s, string where = "", params object?[] values)
    {
        var cards = s.Query("SELECT project_id, card_id FROM board_micro_project_cards ORDER BY project_id, card_id", r => (r.GetInt64(0), r.GetInt64(1)))
            .ToLookup(p => p.Item1, p => p.Item2);
        var history = s.Query(
                "SELECT project_id, meeting_id, status, next_step, note, author, created_utc FROM board_micro_project_updates ORDER BY id",
                r => (Project: r.GetInt64(0), Update: new MicroProjectUpdate(r.IsDBNull(1) ? 0 : r.GetInt64(1), BoardCodes.ToStatus(r.GetString(2)),
                    r.GetString(3), r.GetString(4), r.GetString(5), DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(6)))))
            .ToLookup(u => u.Project, u => u.Update);
        return s.Query(
            $"SELECT id, title, owner, created_utc FROM board_micro_projects {where} ORDER BY id",
            r =>
            {
                var updates = history[r.GetInt64(0)].ToList();
                return new MicroProject(r.GetInt64(0), r.GetString(1), r.GetString(2), updates[^1].Status, updates[^1].NextStep,
                    cards[r.GetInt64(0)].ToList(), updates, DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(3)));
            },
            values);
    }
}
