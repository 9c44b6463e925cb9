using System.CommandLine;
using System.Globalization;
using System.Text;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Board.Similarity;
using Akutprognos.Ingest.Board;
using Akutprognos.Storage;
using Akutprognos.Web.Board;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos board similar</c>: the board's similar-card suggestions for a file of cards;
/// <c>akutprognos board export</c>: a meeting or the micro-projects as Markdown, CSV or JSON (as the web app's downloads).
/// </summary>
static class BoardCommands
{
    const int ShownInList = 5;

    public static Command Create() => new("board", "Tvärgrupp, the cross-department meeting board") { Similar(), Export() };

    static Command Similar()
    {
        var cards = new Option<string>("--cards") { Description = "JSON file {\"cards\": [{\"id\", \"department\", \"title\", \"text\"}, …]}", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("similar", "For every card, the other cards by text similarity, best first (the board's suggestions)") { cards, json };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var index = CardSimilarity.Build(CardsJsonReader.Read(result.GetValue(cards)!));
            if (result.GetValue(json))
            {
                WriteJson(index);
            }
            else
            {
                WriteList(index);
            }
            return 0;
        }));
        return command;
    }

    static Command Export()
    {
        var db = CommonOptions.Database();
        var meeting = new Option<long?>("--meeting") { Description = "The meeting's id (as in /board/{id})" };
        var projects = new Option<bool>("--projects") { Description = "Every micro-project with its cards instead of a meeting" };
        var format = new Option<string>("--format") { Description = "md, csv or json", Required = true };
        format.AcceptOnlyFromAmong([.. BoardDownload.Formats]);
        var output = new Option<string?>("--out") { Description = "File to write (UTF-8); stdout without it" };
        var command = new Command("export", "A meeting (--meeting ID) or the micro-projects (--projects); cards not yet revealed are left out")
        {
            db, meeting, projects, format, output,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var id = result.GetValue(meeting);
            if (id.HasValue == result.GetValue(projects))
            {
                // Exactly one of the two says what to export.
                throw new UsageException("give either --meeting ID or --projects");
            }
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var chosen = result.GetValue(format)!;
            var download = id is { } meetingId
                ? BoardDownload.Meeting(database, meetingId, chosen) ?? throw new CommandFailure($"no meeting has the id {meetingId}", ExitCodes.Unavailable)
                : BoardDownload.MicroProjects(database, chosen);
            if (result.GetValue(output) is { } file)
            {
                Write(file, download.Bytes);
            }
            else
            {
                Console.Out.Write(download.Text);
            }
            return 0;
        }));
        return command;
    }

    static void Write(string file, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(file, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailure($"cannot write {file}: {e.Message}", ExitCodes.Input);
        }
    }

    static void WriteJson(CardSimilarity index) => JsonOutput.Write(Console.Out, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var card in index.Cards)
        {
            writer.WriteStartObject();
            writer.WriteString("id", card.Id);
            writer.WriteStartArray("similar");
            foreach (var similar in index.Similar(card.Id))
            {
                writer.WriteStartObject();
                writer.WriteString("id", similar.Id);
                JsonOutput.Number(writer, "score", similar.Score);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    static void WriteList(CardSimilarity index)
    {
        var byId = index.Cards.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var card in index.Cards)
        {
            text.Append(CultureInfo.InvariantCulture, $"{card.Id}  {card.Title} ({card.Department})\n");
            foreach (var similar in index.Similar(card.Id).Take(ShownInList))
            {
                var other = byId[similar.Id];
                text.Append(CultureInfo.InvariantCulture, $"  {similar.Score:0.000}  {other.Id}  {other.Title} ({other.Department})\n");
            }
            text.Append('\n');
        }
        Console.Out.Write(text);
    }
}
