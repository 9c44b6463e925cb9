using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Akutprognos.Web.Notices;

/// <summary>
/// The webhook's body in each shape the Notices page offers. Plain JSON carries the numbers for integration platforms;
/// Slack gets Block Kit (a header, the text in sections, a context line); Teams gets an Adaptive Card 1.5 wrapped in the
/// message a Workflows webhook ("Post to a channel when a webhook request is received") expects.
/// </summary>
public static class WebhookBody
{
    public const string Json = "json";
    public const string Slack = "slack";
    public const string Teams = "teams";

    // Block Kit's documented limits: a header's text 150 characters, a section's text 3000, 50 blocks a message.
    const int SlackHeaderMax = 150;
    const int SlackSectionMax = 3000;
    const int SlackBlocksMax = 50;

    /// <summary>What the Notices page calls each shape.</summary>
    public static string Label(string format) => format switch
    {
        Slack => "Slack (Block Kit, incoming webhook)",
        Teams => "Microsoft Teams (Adaptive Card, Workflows webhook)",
        _ => "Plain JSON (text and numbers, for integration platforms)",
    };

    /// <summary>The body of <paramref name="notice"/> in <paramref name="format"/>; plain JSON for an unknown one.</summary>
    public static JsonNode For(string format, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return format switch
        {
            Slack => ForSlack(notice),
            Teams => ForTeams(notice),
            _ => ForJson(notice),
        };
    }

    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    static JsonNode ForJson(Notice notice) => JsonSerializer.SerializeToNode(new
    {
        text = notice.Text,
        subject = notice.Subject,
        date = notice.Date,
        ok = notice.Ok,
        forecasts = notice.Forecasts,
        callIns = notice.CallIns,
    }, Web)!;

    static JsonNode ForSlack(Notice notice)
    {
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(notice.Subject, SlackHeaderMax), ["emoji"] = false },
            },
        };
        foreach (var chunk in Chunks(Escape(notice.Text.TrimEnd()), SlackSectionMax).Take(SlackBlocksMax - 2))
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = chunk } });
        }
        blocks.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Footer(notice) }),
        });
        // The top-level text is what a phone's notification shows.
        return new JsonObject { ["text"] = notice.Subject, ["blocks"] = blocks };
    }

    static JsonNode ForTeams(Notice notice)
    {
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = notice.Subject,
                ["weight"] = "Bolder",
                ["size"] = "Medium",
                ["color"] = notice.Ok ? "Default" : "Attention",
                ["wrap"] = true,
            },
        };
        // An Adaptive Card's TextBlock reads Markdown lists only with a blank line before them; one block per paragraph
        // keeps each forecast and call-in on its own line.
        foreach (var paragraph in notice.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = paragraph, ["wrap"] = true, ["spacing"] = "None" });
        }
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Footer(notice), ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["contentUrl"] = null,
                ["content"] = new JsonObject
                {
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["fallbackText"] = notice.Text,
                    ["body"] = body,
                },
            }),
        };
    }

    static string Footer(Notice notice) => string.Create(CultureInfo.InvariantCulture, $"Akutprognos · {notice.Date:yyyy-MM-dd}");

    /// <summary>Slack's mrkdwn reads &amp;, &lt; and &gt; as markup; these three are escaped, nothing else.</summary>
    static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Whole lines up to <paramref name="max"/> characters each; a single longer line is cut.</summary>
    static IEnumerable<string> Chunks(string text, int max)
    {
        var chunk = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n').Select(l => Cut(l, max)))
        {
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > max)
            {
                yield return chunk.ToString();
                chunk.Clear();
            }
            chunk.Append(chunk.Length > 0 ? "\n" : "").Append(line);
        }
        if (chunk.Length > 0)
        {
            yield return chunk.ToString();
        }
    }
}
