using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>
/// The meeting summary as one self-contained, printable HTML page (styles inline, nothing loaded from
/// elsewhere). Every piece of user text is HTML-encoded here, on top of the cleaning on the way in.
/// </summary>
public static class MeetingHtml
{
    const string Style = """
        body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}
        h1{margin-bottom:.2rem}.meta{color:#555}.card{border:1px solid #ccc;border-radius:6px;padding:.6rem 1rem;margin:1rem 0;break-inside:avoid}
        .kind{font-size:.85rem;color:#555}dt{font-weight:600}dd{margin:0 0 .5rem 0;white-space:pre-line}
        li{white-space:pre-line}@media print{body{margin:0;max-width:none}a{color:inherit}}
        """;

    /// <summary>The whole summary of <paramref name="board"/> as an HTML document.</summary>
    public static string Summary(MeetingBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var meeting = board.Meeting;
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(E(meeting.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(meeting.Title)).Append("</h1>\n<p class=\"meta\">").Append(E(Labels.When(meeting))).Append("<br>")
            .Append(E(Labels.Place(meeting))).Append("</p>\n<p class=\"meta\">Deltagare: ")
            .Append(E(string.Join(", ", meeting.Participants.Select(p => $"{p.Name} ({p.Department})")))).Append("</p>\n");
        return html.Append(Body(board)).Append("</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// The summary's cards, IT's follow-up and micro-projects as an HTML fragment (headings from h2 down), for the
    /// printable page and the summary page of the app.
    /// </summary>
    public static string Body(MeetingBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var html = new StringBuilder();
        html.Append("<h2>Kort</h2>\n");
        foreach (var section in MeetingSummary.Cards(board))
        {
            var card = section.Card;
            html.Append("<section class=\"card\" id=\"").Append(Labels.Anchor(card.Id)).Append("\">\n<h3>").Append(E(card.Title)).Append("</h3>\n")
                .Append("<p class=\"kind\">").Append(E($"{Labels.Of(card.Kind)} · {card.Department} · {section.AuthorName}")).Append("</p>\n<dl>\n");
            foreach (var (label, text) in section.Fields)
            {
                html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(text)).Append("</dd>\n");
            }
            html.Append("</dl>\n");
            List(4, "Idéer", section.Ideas.Select(i => $"{E(i.Text)} — {E(i.Author)}"), html);
            List(4, "Kommentarer", section.Comments.Select(c => $"{E(c.Text)} — {E(c.Author)}"), html);
            List(4, "Moderatorns anteckningar", section.Notes.Select(E), html);
            List(4, "Länkar", section.Links.Select(l => $"{E(l.Label)}: {CardLink(l.Other, board)}"), html);
            html.Append("</section>\n");
        }
        html.Append("<h2>IT:s uppföljning</h2>\n");
        foreach (var solution in MeetingSummary.Solutions(board))
        {
            List(3, $"Möjliga tekniska lösningar för {CardLink(solution.Card, board)}", solution.Solutions.Select(E), html);
        }
        html.Append("<h2>Mikroprojekt</h2>\n");
        foreach (var project in board.MicroProjects)
        {
            html.Append("<section class=\"card\">\n<h3>").Append(E(project.Title)).Append("</h3>\n<dl>\n")
                .Append("<dt>Ägare</dt><dd>").Append(E(project.Owner)).Append("</dd>\n")
                .Append("<dt>Status</dt><dd>").Append(E(Labels.Of(project.Status))).Append("</dd>\n")
                .Append("<dt>Nästa steg</dt><dd>").Append(E(project.NextStep)).Append("</dd>\n")
                .Append("<dt>Kort</dt><dd>").Append(string.Join(", ", MeetingSummary.CardsOf(board, project).Select(c => CardLink(c, board))))
                .Append("</dd>\n</dl>\n</section>\n");
        }
        return html.ToString();
    }

    static string CardLink(Card card, MeetingBoard board) => board.Cards.Contains(card)
        ? $"<a href=\"#{Labels.Anchor(card.Id)}\">{E(card.Title)}</a>"
        : $"{E(card.Title)} ({E(card.Department)}, tidigare möte)";

    /// <summary>Items are HTML already (encoded by the caller); the heading sits one level under the section's.</summary>
    static void List(int level, string headingHtml, IEnumerable<string> itemsHtml, StringBuilder html)
    {
        var items = itemsHtml.ToList();
        if (items.Count == 0)
        {
            return;
        }
        html.Append("<h").Append(level).Append('>').Append(headingHtml).Append("</h").Append(level).Append(">\n<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(item).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    // Every letter stays readable in the source (å, not &#229;); markup characters and quotes are encoded.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    static string E(string text) => Encoder.Encode(text);
}
