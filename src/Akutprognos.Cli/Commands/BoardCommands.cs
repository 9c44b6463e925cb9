using System.CommandLine;
using System.Globalization;
using System.Text;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Board.Similarity;
using Akutprognos.Ingest.Board;

namespace Akutprognos.Cli.Commands;

/// <summary><c>akutprognos board similar</c>: the board's similar-card suggestions for a file of cards.</summary>
static class BoardCommands
{
    const int ShownInList = 5;

    public static Command Create() => new("board", "Tvärgrupp, the cross-department meeting board") { Similar() };

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
