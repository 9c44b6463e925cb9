using System.Net.Http.Json;

namespace Akutprognos.Web.Notices;

/// <summary>
/// Urgent notices as a JSON POST: alerts, and summaries with call-ins. The <c>text</c> field is what Slack and Teams
/// incoming webhooks show; the other fields carry the numbers for integration platforms.
/// </summary>
sealed class WebhookChannel(IHttpClientFactory clients) : INoticeChannel
{
    public string Name => "webhook";

    public bool IsConfigured(NoticeSettings settings) => settings.SendsWebhook;

    // A chat channel that hears every night's summary soon stops being read: only what needs acting on goes there.
    public bool Carries(Notice notice) => notice.Urgent;

    public async Task SendAsync(NoticeSettings settings, Notice notice, CancellationToken cancellationToken)
    {
        var payload = new
        {
            text = notice.Text,
            subject = notice.Subject,
            date = notice.Date,
            ok = notice.Ok,
            forecasts = notice.Forecasts,
            callIns = notice.CallIns,
        };
        using var client = clients.CreateClient(Name);
        using var response = await client.PostAsJsonAsync(new Uri(settings.WebhookUrl), payload, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
