using System.Text.Json;
using Akutprognos.Core.Board.Similarity;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Board;

/// <summary>
/// Reads board cards for comparison from JSON <c>{"cards": [{"id", "department", "title", "text"}, …]}</c>;
/// other fields are ignored, a missing department, title or text is empty. Anything else — not JSON, no
/// cards array, a card that is not an object, without a text id, or with an id used before — is an
/// <see cref="InputException"/> naming the file, the line where JSON can tell it, and the problem.
/// </summary>
public static class CardsJsonReader
{
    public static IReadOnlyList<CardText> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot read the file: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses <paramref name="json"/>; <paramref name="source"/> names it in messages.</summary>
    public static IReadOnlyList<CardText> Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputException(source, (int?)e.LineNumber + 1, $"not valid JSON: {FirstSentence(e.Message)}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("cards", out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                throw new InputException(source, null, "expected an object with a \"cards\" array: {\"cards\": [{\"id\": …, \"title\": …, \"text\": …}]}");
            }
            var cards = new List<CardText>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var number = 0;
            foreach (var card in array.EnumerateArray())
            {
                number++;
                cards.Add(Card(card, number, source, seen));
            }
            return cards;
        }
    }

    static CardText Card(JsonElement card, int number, string source, HashSet<string> seen)
    {
        if (card.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(source, null, $"card {number} is not an object");
        }
        var id = card.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InputException(source, null, $"card {number} has no \"id\" (a non-empty string)");
        }
        if (!seen.Add(id))
        {
            throw new InputException(source, null, $"card {number} repeats the id \"{id}\"; ids must be unique");
        }
        return new CardText(id, Text(card, "department", number, source), Text(card, "title", number, source), Text(card, "text", number, source));
    }

    static string Text(JsonElement card, string name, int number, string source)
    {
        if (!card.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InputException(source, null, $"card {number}: \"{name}\" must be a string");
    }

    static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.');
}
