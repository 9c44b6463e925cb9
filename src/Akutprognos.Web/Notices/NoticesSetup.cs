namespace Akutprognos.Web.Notices;

/// <summary>E-mail and webhook notices after each forecast run, and alerts on late data feeds.</summary>
static class NoticesSetup
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient("webhook", client => client.Timeout = TimeSpan.FromSeconds(20));
        builder.Services.AddSingleton<SmtpDelivery>();
        builder.Services.AddSingleton<INoticeChannel, EmailChannel>();
        builder.Services.AddSingleton<INoticeChannel, WebhookChannel>();
        builder.Services.AddSingleton<NoticeSender>();
        builder.Services.AddSingleton<FeedWatch>();
        builder.Services.AddHostedService<FeedWatchTimer>();
        return builder;
    }
}
