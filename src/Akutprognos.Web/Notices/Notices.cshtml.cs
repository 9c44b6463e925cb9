using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Notices;

/// <summary>Admins say where notices go and send a test to check it.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NoticesModel(AkutprognosDatabase database, NoticeSender sender, TimeProvider clock) : PageModel
{
    public NoticeSettings Settings { get; private set; } = NoticeSettings.From(new Dictionary<string, string>());

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<string> TestReport { get; private set; } = [];

    public void OnGet() => Settings = NoticeSettings.From(database.Settings());

    public void OnPostSave(string? emailTo, string? smtpHost, int smtpPort, string? smtpFrom, string? smtpSecurity, string? webhookUrl, string? webhookFormat, int lateFeedHours)
    {
        var settings = new NoticeSettings(emailTo ?? "", smtpHost ?? "", smtpPort, smtpFrom ?? "", smtpSecurity ?? "auto", webhookUrl ?? "")
        {
            LateFeedHours = lateFeedHours,
            WebhookFormat = webhookFormat ?? WebhookBody.Json,
        };
        Problem = settings.Problem();
        if (Problem is null)
        {
            var changed = database.SaveSettings(settings.ToStored(), User.Identity?.Name ?? "admin");
            Message = changed.Count == 0 ? "Nothing changed." : "Saved.";
        }
        Settings = settings;
    }

    public async Task OnPostTestAsync(CancellationToken cancellationToken)
    {
        OnGet();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var notice = new Notice("Akutprognos: test notice", "This is a test of the Akutprognos notices.", today, true, []) { Urgent = true };
        TestReport = await sender.SendAsync(notice, cancellationToken);
        Message = TestReport.Count == 0 ? "No e-mail recipients or webhook set: nothing was sent." : null;
    }
}
