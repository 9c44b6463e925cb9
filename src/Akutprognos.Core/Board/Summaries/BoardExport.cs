using System.Text;
using System.Text.Json;

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

/// <summary>JSON writing shared by the exports: one indented, UTF-8 document with unescaped Swedish letters.</summary>
internal static class ExportJson
{
    public static string Document(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        }))
        {
            body(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Meeting(Utf8JsonWriter writer, Meeting meeting)
    {
        writer.WriteStartObject("meeting");
        writer.WriteNumber("id", meeting.Id);
        writer.WriteString("title", meeting.Title);
        writer.WriteString("start", meeting.Start);
        writer.WriteString("time_zone", meeting.TimeZone);
        writer.WriteNumber("duration_minutes", meeting.DurationMinutes);
        writer.WriteString("room", meeting.Room);
        writer.WriteString("video_link", meeting.VideoLink?.ToString());
        writer.WriteStartArray("participants");
        foreach (var p in meeting.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("name", p.Name);
            writer.WriteString("email", p.Email);
            writer.WriteString("department", p.Department);
            writer.WriteString("role", p.Role.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Card(Utf8JsonWriter writer, Card card, IEnumerable<CardEntry> entries)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", card.Id);
        writer.WriteString("kind", card.Kind.ToString().ToLowerInvariant());
        writer.WriteString("department", card.Department);
        writer.WriteString("author", card.Author);
        writer.WriteString("title", card.Title);
        var d = card.Details;
        foreach (var (name, value) in new[]
        {
            ("background", d.Background), ("current_state", d.CurrentState), ("desired_state", d.DesiredState), ("obstacles", d.Obstacles),
            ("text", d.Text), ("goal", d.Goal), ("owner", d.Owner),
        }.Where(f => f.Item2.Length > 0))
        {
            writer.WriteString(name, value);
        }
        if (d.StartDate is { } start)
        {
            writer.WriteString("start_date", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (d.EndDate is { } end)
        {
            writer.WriteString("end_date", end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        writer.WriteStartArray("entries");
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", entry.Kind.ToString().ToLowerInvariant());
            writer.WriteString("author", entry.Author);
            writer.WriteString("text", entry.Text);
            writer.WriteString("created", entry.Created);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void MicroProjects(Utf8JsonWriter writer, IEnumerable<MicroProject> projects)
    {
        writer.WriteStartArray();
        foreach (var project in projects)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", project.Id);
            writer.WriteString("title", project.Title);
            writer.WriteString("owner", project.Owner);
            writer.WriteString("status", project.Status.ToString().ToLowerInvariant());
            writer.WriteString("next_step", project.NextStep);
            writer.WriteStartArray("card_ids");
            foreach (var id in project.CardIds)
            {
                writer.WriteNumberValue(id);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("history");
            foreach (var update in project.History)
            {
                writer.WriteStartObject();
                writer.WriteNumber("meeting_id", update.MeetingId);
                writer.WriteString("status", update.Status.ToString().ToLowerInvariant());
                writer.WriteString("next_step", update.NextStep);
                writer.WriteString("note", update.Note);
                writer.WriteString("author", update.Author);
                writer.WriteString("created", update.Created);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
