using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Akutprognos.Web.Notices;

/// <summary>Notices by e-mail over SMTP (MailKit).</summary>
sealed class EmailChannel(IConfiguration configuration) : INoticeChannel
{
    public string Name => "e-mail";

    public bool IsConfigured(NoticeSettings settings) => settings.SendsEmail;

    public bool Carries(Notice notice) => true;

    public async Task SendAsync(NoticeSettings settings, Notice notice, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.SmtpFrom));
        foreach (var to in settings.Recipients)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }
        message.Subject = notice.Subject;
        message.Body = new TextPart("plain") { Text = notice.Text };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, Security(settings.SmtpSecurity), cancellationToken);
        if (configuration["Akutprognos:Smtp:User"] is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, configuration["Akutprognos:Smtp:Password"] ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    static SecureSocketOptions Security(string mode) => mode switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
