using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Akutprognos.Web.Notices;

/// <summary>
/// Hands a finished message to the SMTP server set on the Notices page (MailKit), logging in with the
/// credentials from configuration when they are set. Shared by the notices and the board's mail.
/// </summary>
public sealed class SmtpDelivery(IConfiguration configuration)
{
    /// <summary>A message from the configured sender to <paramref name="recipients"/>, with its subject; the caller adds the body.</summary>
    public static MimeMessage Message(NoticeSettings settings, IEnumerable<string> recipients, string subject)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.SmtpFrom));
        foreach (var to in recipients)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }
        message.Subject = subject;
        return message;
    }

    /// <summary>Sends <paramref name="message"/> through the server in <paramref name="settings"/>.</summary>
    public async Task SendAsync(NoticeSettings settings, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
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
