using System.Net.Http.Json;

namespace Akutprognos.Web.Notices;

/// <summary>
/// Urgent notices as a JSON POST: alerts, and summaries with call-ins, in the shape the admins chose
/// (<see cref="WebhookBody"/>): plain JSON for integration platforms, Slack Block Kit, or a Teams Adaptive Card.
/// </summary>
sealed class WebhookChannel(IHttpClientFactory clients) : INoticeChannel
{
    public string Name => "webhook";

    public bool IsConfigured(NoticeSettings settings) => settings.SendsWebhook;

    // A chat channel that hears every night's summary soon stops being read: only what needs acting on goes there.
    public bool Carries(Notice notice) => notice.Urgent;

    public async Task SendAsync(NoticeSettings settings, Notice notice, CancellationToken cancellationToken)
    {
        var payload = WebhookBody.For(settings.WebhookFormat, notice);
        using var client = clients.CreateClient(Name);
        using var response = await client.PostAsJsonAsync(new Uri(settings.WebhookUrl), payload, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
