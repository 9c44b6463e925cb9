using System.Text;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>The meeting summary in Markdown: for e-mail bodies and the wiki. Card headings carry anchors the micro-projects link to.</summary>
public static class MeetingMarkdown
{
    /// <summary>The whole summary of <paramref name="board"/> as CommonMark text.</summary>
    public static string Summary(MeetingBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var md = new StringBuilder();
        var meeting = board.Meeting;
        md.Append("# ").Append(Escape(meeting.Title)).Append("\n\n");
        md.Append("**När:** ").Append(Labels.When(meeting)).Append("  \n");
        md.Append("**Var:** ").Append(Escape(Labels.Place(meeting))).Append("  \n");
        md.Append("**Deltagare:** ").Append(Escape(string.Join(", ", meeting.Participants.Select(p => $"{p.Name} ({p.Department})")))).Append("\n\n");
        md.Append("## Kort\n\n");
        foreach (var section in MeetingSummary.Cards(board))
        {
            var card = section.Card;
            md.Append("### <a id=\"").Append(Labels.Anchor(card.Id)).Append("\"></a>").Append(Escape(card.Title)).Append('\n');
            md.Append('*').Append(Labels.Of(card.Kind)).Append(" · ").Append(Escape(card.Department)).Append(" · ").Append(Escape(section.AuthorName)).Append("*\n\n");
            foreach (var (label, text) in section.Fields)
            {
                md.Append("**").Append(label).Append(":** ").Append(Escape(text)).Append("\n\n");
            }
            List("Idéer", section.Ideas.Select(i => $"{Escape(i.Text)} — {Escape(i.Author)}"), md);
            List("Kommentarer", section.Comments.Select(c => $"{Escape(c.Text)} — {Escape(c.Author)}"), md);
            List("Moderatorns anteckningar", section.Notes.Select(Escape), md);
            List("Länkar", section.Links.Select(l => $"{l.Label}: {CardLink(l.Other, board)}"), md);
        }
        md.Append("## IT:s uppföljning\n\n");
        foreach (var solution in MeetingSummary.Solutions(board))
        {
            List($"Möjliga tekniska lösningar för {CardLink(solution.Card, board)}", solution.Solutions.Select(Escape), md);
        }
        md.Append("## Mikroprojekt\n\n");
        foreach (var project in board.MicroProjects)
        {
            md.Append("### ").Append(Escape(project.Title)).Append("\n\n");
            md.Append("**Ägare:** ").Append(Escape(project.Owner)).Append("  \n");
            md.Append("**Status:** ").Append(Labels.Of(project.Status)).Append("  \n");
            md.Append("**Nästa steg:** ").Append(Escape(project.NextStep)).Append("  \n");
            md.Append("**Kort:** ").Append(string.Join(", ", MeetingSummary.CardsOf(board, project).Select(c => CardLink(c, board)))).Append("\n\n");
        }
        return md.ToString();
    }

    /// <summary>A link to a card's anchor when it is on this board, else its title and meeting date.</summary>
    static string CardLink(Card card, MeetingBoard board) => board.Cards.Contains(card)
        ? $"[{Escape(card.Title)}](#{Labels.Anchor(card.Id)})"
        : $"{Escape(card.Title)} ({Escape(card.Department)}, tidigare möte)";

    static void List(string heading, IEnumerable<string> items, StringBuilder md)
    {
        var lines = items.ToList();
        if (lines.Count == 0)
        {
            return;
        }
        md.Append("**").Append(heading).Append(":**\n\n");
        foreach (var line in lines)
        {
            md.Append("- ").Append(line.Replace("\n", "  \n  ", StringComparison.Ordinal)).Append('\n');
        }
        md.Append('\n');
    }

    /// <summary>Backslash-escapes the characters Markdown would read as formatting, so user text stays literal.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '&')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
