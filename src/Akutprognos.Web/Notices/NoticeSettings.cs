using System.Globalization;

namespace Akutprognos.Web.Notices;

/// <summary>
/// Where notices go, as the admins set them in the app. The SMTP user name and password are not here:
/// they come from configuration (<c>Akutprognos:Smtp:User</c>, <c>Akutprognos:Smtp:Password</c>), never the database.
/// </summary>
public sealed record NoticeSettings(string EmailTo, string SmtpHost, int SmtpPort, string SmtpFrom, string SmtpSecurity, string WebhookUrl)
{
    public const string EmailToSetting = "notices.email.to";
    public const string SmtpHostSetting = "notices.smtp.host";
    public const string SmtpPortSetting = "notices.smtp.port";
    public const string SmtpFromSetting = "notices.smtp.from";
    public const string SmtpSecuritySetting = "notices.smtp.security";
    public const string WebhookUrlSetting = "notices.webhook.url";
    public const string WebhookFormatSetting = "notices.webhook.format";
    public const string LateFeedHoursSetting = "notices.late.hours";

    /// <summary>
    /// Hours without a new stored hour after which a feed (a site's arrivals, a web signal's visitors) counts as late
    /// and is alerted on; 0 turns the alert off. The default, 36 h, lets a daily export that closes at 06:00 come in.
    /// </summary>
    public int LateFeedHours { get; init; } = 36;

    /// <summary>The shape of the webhook's body: one of <see cref="WebhookFormats"/>; plain JSON by default.</summary>
    public string WebhookFormat { get; init; } = WebhookBody.Json;

    /// <summary>The webhook shapes offered: plain JSON, Slack Block Kit, a Teams Adaptive Card (Workflows webhook).</summary>
    public static IReadOnlyList<string> WebhookFormats { get; } = [WebhookBody.Json, WebhookBody.Slack, WebhookBody.Teams];

    /// <summary>The SMTP security modes offered: none, starttls, ssl, auto.</summary>
    public static IReadOnlyList<string> SecurityModes { get; } = ["auto", "none", "starttls", "ssl"];

    /// <summary>The addresses to mail, trimmed, empty entries left out.</summary>
    public IReadOnlyList<string> Recipients =>
        EmailTo.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool SendsEmail => Recipients.Count > 0 && SmtpHost.Length > 0;

    public bool SendsWebhook => WebhookUrl.Length > 0;

    public static NoticeSettings From(IReadOnlyDictionary<string, string> stored)
    {
        string Get(string name, string fallback) => stored.TryGetValue(name, out var value) ? value : fallback;
        var port = int.TryParse(Get(SmtpPortSetting, "25"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 25;
        var late = int.TryParse(Get(LateFeedHoursSetting, "36"), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : 36;
        return new(Get(EmailToSetting, ""), Get(SmtpHostSetting, ""), port, Get(SmtpFromSetting, "akutprognos@localhost"),
            Get(SmtpSecuritySetting, "auto"), Get(WebhookUrlSetting, ""))
        { LateFeedHours = late, WebhookFormat = Get(WebhookFormatSetting, WebhookBody.Json) };
    }

    /// <summary>The settings as stored text.</summary>
    public Dictionary<string, string> ToStored() => new(StringComparer.Ordinal)
    {
        [EmailToSetting] = EmailTo.Trim(),
        [SmtpHostSetting] = SmtpHost.Trim(),
        [SmtpPortSetting] = SmtpPort.ToString(CultureInfo.InvariantCulture),
        [SmtpFromSetting] = SmtpFrom.Trim(),
        [SmtpSecuritySetting] = SmtpSecurity,
        [WebhookUrlSetting] = WebhookUrl.Trim(),
        [WebhookFormatSetting] = WebhookFormat,
        [LateFeedHoursSetting] = LateFeedHours.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Why these settings cannot be used, or null.</summary>
    public string? Problem()
    {
        if (SmtpPort is < 1 or > 65535)
        {
            return "The SMTP port must be 1–65535.";
        }
        if (LateFeedHours is < 0 or > 24 * 30)
        {
            return "The hours before a feed counts as late must be 0 (off) to 720.";
        }
        if (!SecurityModes.Contains(SmtpSecurity, StringComparer.Ordinal))
        {
            return "Unknown SMTP security mode.";
        }
        if (!WebhookFormats.Contains(WebhookFormat, StringComparer.Ordinal))
        {
            return "Unknown webhook format.";
        }
        if (WebhookUrl.Length > 0 && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            return "The webhook address must be an http or https URL.";
        }
        return null;
    }
}
