using System.Text.Json;
using System.Text.Json.Nodes;
using Akutprognos.Core.Staffing;
using Akutprognos.TestSupport;
using Akutprognos.Web.Notices;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Web.Schedule;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>
/// The webhook in each shape the Notices page offers, posted for real to a loopback receiver, and each received body
/// checked against its format's own definition: the Adaptive Cards SDK's parser for Teams, Slack's Block Kit types
/// (compiled by TypeScript) for Slack, both installed in <c>tests/lint</c>.
/// </summary>
public sealed class WebhookShapeTests
{
    [Fact]
    public void Settings_WebhookFormat_StoredAndChecked()
    {
        var settings = new NoticeSettings("", "", 25, "a@example.org", "auto", "https://hooks.example.org/x") { WebhookFormat = WebhookBody.Teams };

        Assert.Equal(WebhookBody.Teams, NoticeSettings.From(settings.ToStored()).WebhookFormat);
        Assert.Equal(WebhookBody.Json, NoticeSettings.From(new Dictionary<string, string>()).WebhookFormat);
        Assert.Equal("Unknown webhook format.", (settings with { WebhookFormat = "discord" }).Problem());
    }

    [Fact]
    public async Task CallIns_PlainJson_PostsTextAndNumbers()
    {
        var (body, callIns) = await PostCallInsAsync(WebhookBody.Json);

        Assert.Contains(" call in ", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(callIns, body["callIns"]!.AsArray().Count);
        Assert.Equal(8, body["forecasts"]!.AsArray().Count);
    }

    [SkippableFact]
    public async Task CallIns_Slack_BlockKitThatSlacksTypesAccept()
    {
        var check = Repository.NodeTool("check-webhook.cjs", out var skip);
        Skip.If(check is null, skip);
        var (body, _) = await PostCallInsAsync(WebhookBody.Slack);

        var blocks = body["blocks"]!.AsArray();
        Assert.StartsWith("Akutprognos: forecast for ", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("header", blocks[0]!["type"]!.GetValue<string>());
        Assert.Contains(blocks, b => b!["type"]!.GetValue<string>() == "section" && b["text"]!["text"]!.GetValue<string>().Contains(" call in ", StringComparison.Ordinal));
        // Limits Slack documents but its types do not carry.
        Assert.InRange(blocks.Count, 1, 50);
        Assert.InRange(blocks[0]!["text"]!["text"]!.GetValue<string>().Length, 1, 150);
        Assert.All(blocks.Where(b => b!["type"]!.GetValue<string>() == "section"), b => Assert.InRange(b!["text"]!["text"]!.GetValue<string>().Length, 1, 3000));
        await AssertAcceptedAsync(check!, WebhookBody.Slack, body);
    }

    [SkippableFact]
    public async Task CallIns_Teams_AdaptiveCardInTheWorkflowsMessage()
    {
        var check = Repository.NodeTool("check-webhook.cjs", out var skip);
        Skip.If(check is null, skip);
        var (body, _) = await PostCallInsAsync(WebhookBody.Teams);

        // The envelope a Teams Workflows webhook takes: one message, its attachments Adaptive Cards.
        Assert.Equal("message", body["type"]!.GetValue<string>());
        var attachment = Assert.Single(body["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        var card = attachment["content"]!;
        Assert.Equal(("AdaptiveCard", "1.5"), (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>()));
        var texts = card["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()).ToList();
        Assert.StartsWith("Akutprognos: forecast for ", texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains(" call in ", StringComparison.Ordinal));
        await AssertAcceptedAsync(check!, WebhookBody.Teams, body);
    }

    [SkippableFact]
    public async Task Check_BrokenBodies_AreRejected()
    {
        var check = Repository.NodeTool("check-webhook.cjs", out var skip);
        Skip.If(check is null, skip);
        var notice = new Notice("Akutprognos ALERT", "The forecast run failed.", new DateOnly(2026, 3, 10), false, []) { Urgent = true };
        var slack = WebhookBody.For(WebhookBody.Slack, notice);
        slack["blocks"]![0]!["text"]!["type"] = "mrkdwn";
        var teams = WebhookBody.For(WebhookBody.Teams, notice);
        teams["attachments"]![0]!["content"]!["body"]![0]!["weight"] = "Boldest";

        Assert.Contains("plain_text", await ProblemsAsync(check!, WebhookBody.Slack, slack), StringComparison.Ordinal);
        Assert.Contains("weight", await ProblemsAsync(check!, WebhookBody.Teams, teams), StringComparison.Ordinal);
    }

    /// <summary>Tomorrow's demo summary with its call-ins, through the notices as the nightly run sends it.</summary>
    static async Task<(JsonNode Body, int CallIns)> PostCallInsAsync(string format)
    {
        await using var app = await NoticeApp.StartAsync();
        var settings = NoticeSettings.From(app.Database.Settings()) with { WebhookFormat = format };
        app.Database.SaveSettings(settings.ToStored(), "test");
        var plan = DemoStaffing.Plan(app.Database);
        var callIns = plan.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count(c => c.Action == RosterAction.CallIn)));
        var lines = app.Database.LoadForecasts(DemoDatabase.Instance.Tomorrow).Select(f => new ForecastLine(f, f.Series, null, new Dictionary<string, double>())).ToList();

        var report = await app.Service<NoticeSender>().AfterRunAsync(DemoDatabase.Instance.Tomorrow, new RunOutcome(true, "test", lines, plan), CancellationToken.None);

        Assert.Contains("webhook: sent", report);
        return (JsonNode.Parse(Assert.Single(app.Inbox.Posts))!, callIns);
    }

    static async Task AssertAcceptedAsync(string check, string format, JsonNode body)
    {
        var problems = await ProblemsAsync(check, format, body);
        Assert.True(problems.Length == 0, $"The {format} body is not accepted:\n{problems}\n{body.ToJsonString(Indented)}");
    }

    static async Task<string> ProblemsAsync(string check, string format, JsonNode body)
    {
        using var folder = new ScratchFolder();
        var file = folder.Write("body.json", body.ToJsonString());
        var (code, output, error) = await Repository.RunAsync("node", [check, format, file]);
        Assert.True(code is 0 or 1, $"the check itself failed (exit {code}): {error}");
        return (output + error).Trim();
    }

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
