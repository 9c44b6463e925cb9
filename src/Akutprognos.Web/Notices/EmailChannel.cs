using MimeKit;

namespace Akutprognos.Web.Notices;

/// <summary>Notices by e-mail over SMTP (MailKit), as plain text.</summary>
sealed class EmailChannel(SmtpDelivery smtp) : INoticeChannel
{
    public string Name => "e-mail";

    public bool IsConfigured(NoticeSettings settings) => settings.SendsEmail;

    public bool Carries(Notice notice) => true;

    public async Task SendAsync(NoticeSettings settings, Notice notice, CancellationToken cancellationToken)
    {
        using var message = SmtpDelivery.Message(settings, settings.Recipients, notice.Subject);
        message.Body = new TextPart("plain") { Text = notice.Text };
        await smtp.SendAsync(settings, message, cancellationToken);
    }
}
