using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>A notices test's world: its own database, the app on it, and the SMTP server and webhook receiver it sends to.</summary>
sealed class NoticeApp : IAsyncDisposable
{
    readonly ScratchFolder folder = new();

    NoticeApp(NoticeInbox inbox, TimeZoneInfo? zone)
    {
        Inbox = inbox;
        Path = folder.PathOf("notices.db");
        Database = AkutprognosDatabase.Open(Path);
        App = new TestApp(Path, zone: zone);
        App.Client().Dispose();
    }

    public NoticeInbox Inbox { get; }

    public string Path { get; }

    /// <summary>The test's own connection to the app's database.</summary>
    public AkutprognosDatabase Database { get; }

    public TestApp App { get; }

    /// <summary>Starts the app, with notices set to go to the inbox unless <paramref name="configure"/> is false.</summary>
    public static async Task<NoticeApp> StartAsync(int lateFeedHours = 36, bool configure = true, TimeZoneInfo? zone = null)
    {
        var app = new NoticeApp(await NoticeInbox.StartAsync(), zone);
        if (configure)
        {
            app.Inbox.Configure(app.Database, lateFeedHours);
        }
        return app;
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Database.Dispose();
        await Inbox.DisposeAsync();
        folder.Dispose();
    }
}
