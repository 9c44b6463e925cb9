using Akutprognos.Core.Board.Summaries;
using Akutprognos.Storage;

namespace Akutprognos.Web.Board;

/// <summary>The Tvärgrupp meeting board: pages, the SignalR hub for live updates, and the printable summary.</summary>
static class BoardSetup
{
    // The printable summary is one self-contained document with its styles inline.
    const string PrintablePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<BoardIdentity>();
        builder.Services.AddSingleton<BoardEvents>();
        builder.Services.AddSingleton<BoardMail>();
        return builder;
    }

    public static WebApplication MapBoard(this WebApplication app)
    {
        app.MapHub<BoardHub>("/board/hub");
        app.MapGet("/board/{id:long}/summary.html", (long id, HttpContext context, AkutprognosDatabase database) =>
        {
            if (database.Board.Meeting(id) is null)
            {
                return Results.NotFound();
            }
            context.Response.Headers.ContentSecurityPolicy = PrintablePolicy;
            return Results.Content(MeetingHtml.Summary(database.Board.Board(id).RevealedOnly()), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        // The meeting's calendar invitation, the same as the one e-mailed, for anyone to add to their calendar.
        app.MapGet("/board/{id:long}/invitation.ics", (long id, HttpContext context, AkutprognosDatabase database, TimeProvider clock) =>
        {
            if (database.Board.Meeting(id) is not { } meeting)
            {
                return Results.NotFound();
            }
            var board = new Uri($"{context.Request.Scheme}://{context.Request.Host}/board/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            var ics = MeetingInvitation.Ics(meeting, clock.GetUtcNow(), board);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"tvargrupp-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}.ics");
        }).ExcludeFromDescription();
        // Downloads of a meeting and of the micro-projects; cards not yet revealed are in neither. Like the printable
        // summary these are pages, not the HTTP API, so they stay out of its OpenAPI document.
        app.MapGet("/board/{id:long}/export.{format}", (long id, string format, AkutprognosDatabase database) =>
            BoardDownload.Formats.Contains(format) && BoardDownload.Meeting(database, id, format) is { } download ? Download(download) : Results.NotFound())
            .ExcludeFromDescription();
        app.MapGet("/board/projects/export.{format}", (string format, AkutprognosDatabase database) =>
            BoardDownload.Formats.Contains(format) ? Download(BoardDownload.MicroProjects(database, format)) : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }

    static IResult Download(BoardDownload download) => Results.File(download.Bytes, download.ContentType, download.FileName);
}
