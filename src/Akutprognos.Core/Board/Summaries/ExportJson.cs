using System.Text;
using System.Text.Json;

namespace Akutprognos.Core.Board.Summaries;

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
