using System.Text;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>The micro-project board across meetings, exported: Markdown, CSV and JSON.</summary>
public static class MicroProjectExport
{
    /// <summary>A Markdown table, one project per row, its cards named by title (from <paramref name="cards"/>, else by id).</summary>
    public static string Markdown(IReadOnlyList<MicroProject> projects, IReadOnlyList<Card> cards)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var md = new StringBuilder("# Mikroprojekt\n\n| Projekt | Ägare | Status | Nästa steg | Kort |\n|---|---|---|---|---|\n");
        foreach (var p in projects)
        {
            md.Append("| ").AppendJoin(" | ", new[] { p.Title, p.Owner, Labels.Of(p.Status), p.NextStep, CardTitles(p, cards) }
                .Select(f => MeetingMarkdown.Escape(f).Replace("\n", " ", StringComparison.Ordinal))).Append(" |\n");
        }
        return md.ToString();
    }

    /// <summary>CSV <c>id,title,owner,status,next_step,card_ids,cards,updates</c>; card ids separated by spaces.</summary>
    public static string Csv(IReadOnlyList<MicroProject> projects, IReadOnlyList<Card> cards)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var csv = new StringBuilder();
        CsvText.Row(csv, "id", "title", "owner", "status", "next_step", "card_ids", "cards", "updates");
        foreach (var p in projects)
        {
            CsvText.Row(csv, Labels.Number(p.Id), p.Title, p.Owner, p.Status.ToString().ToLowerInvariant(), p.NextStep,
                string.Join(' ', p.CardIds.Select(Labels.Number)), CardTitles(p, cards), Labels.Number(p.History.Count));
        }
        return csv.ToString();
    }

    /// <summary><c>{"micro_projects": [...]}</c> with each project's cards and full history.</summary>
    public static string Json(IReadOnlyList<MicroProject> projects) => ExportJson.Document(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("micro_projects");
        ExportJson.MicroProjects(writer, projects);
        writer.WriteEndObject();
    });

    static string CardTitles(MicroProject project, IReadOnlyList<Card> cards) => string.Join("; ", project.CardIds.Select(id =>
        cards.FirstOrDefault(c => c.Id == id) is { } card ? $"{card.Title} ({card.Department})" : "kort " + Labels.Number(id)));
}
