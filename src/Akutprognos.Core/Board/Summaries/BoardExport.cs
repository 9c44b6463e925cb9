using System.Text;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>Exports of one meeting's board: CSV (one row per card, entry and link) and JSON (the whole board).</summary>
public static class BoardExport
{
    /// <summary>
    /// CSV <c>card_id,card_title,department,kind,item,author,text</c>: a row "card" per card with its fields
    /// joined, then one row per idea, comment, note, solution and link, in board order.
    /// </summary>
    public static string Csv(MeetingBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var csv = new StringBuilder();
        CsvText.Row(csv, "card_id", "card_title", "department", "kind", "item", "author", "text");
        foreach (var card in board.Cards)
        {
            void Row(string item, string author, string text) =>
                CsvText.Row(csv, Labels.Number(card.Id), card.Title, card.Department, card.Kind.ToString().ToLowerInvariant(), item, author, text);

            Row("card", card.Author, string.Join("\n", card.Details.Fields().Select(f => $"{f.Label}: {f.Text}")));
            foreach (var entry in board.Entries.Where(e => e.CardId == card.Id).OrderBy(e => e.Id))
            {
                Row(entry.Kind.ToString().ToLowerInvariant(), entry.Author, entry.Text);
            }
            foreach (var link in board.Links.Where(l => l.FromCardId == card.Id))
            {
                Row("link", link.Author, $"{Labels.Of(link.Kind)}: {board.FindCard(link.ToCardId)?.Title} (kort {Labels.Number(link.ToCardId)})");
            }
        }
        return csv.ToString();
    }

    /// <summary>The meeting, its cards with entries and links, and its micro-projects as one JSON document.</summary>
    public static string Json(MeetingBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return ExportJson.Document(writer =>
        {
            writer.WriteStartObject();
            ExportJson.Meeting(writer, board.Meeting);
            writer.WriteStartArray("cards");
            foreach (var card in board.Cards)
            {
                ExportJson.Card(writer, card, board.Entries.Where(e => e.CardId == card.Id).OrderBy(e => e.Id));
            }
            writer.WriteEndArray();
            writer.WriteStartArray("links");
            foreach (var link in board.Links)
            {
                writer.WriteStartObject();
                writer.WriteNumber("from", link.FromCardId);
                writer.WriteNumber("to", link.ToCardId);
                writer.WriteString("kind", link.Kind == LinkKind.SimilarChallenge ? "similar" : "could-help");
                writer.WriteString("author", link.Author);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WritePropertyName("micro_projects");
            ExportJson.MicroProjects(writer, board.MicroProjects);
            writer.WriteEndObject();
        });
    }
}
