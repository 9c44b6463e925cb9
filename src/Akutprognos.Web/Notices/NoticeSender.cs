using Akutprognos.Storage;
using Akutprognos.Storage.Runs;
using Akutprognos.Web.Health;
using Akutprognos.Web.Schedule;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Notices;

/// <summary>A way to send a notice; e-mail and webhook.</summary>
public interface INoticeChannel
{
    /// <summary>"e-mail", "webhook".</summary>
    string Name { get; }

    /// <summary>Whether the settings say where to send.</summary>
    bool IsConfigured(NoticeSettings settings);

    /// <summary>Whether this channel sends <paramref name="notice"/> at all.</summary>
    bool Carries(Notice notice);

    Task SendAsync(NoticeSettings settings, Notice notice, CancellationToken cancellationToken);
}

/// <summary>
/// Sends a notice on every configured channel and records each delivery as a run, failed or not; a database that
/// cannot record the delivery does not stop it, and one that cannot be read at all is stood in for by the notice
/// settings read last (at start at the latest), so the alert that the database is gone still goes out.
/// </summary>
public sealed class NoticeSender(
    AkutprognosDatabase database, IEnumerable<INoticeChannel> channels, WebAppOptions options, JobFailures failures, ILogger<NoticeSender> log)
{
    NoticeSettings? lastRead = TryRead(database);

    /// <summary>
    /// After a forecast run: the summary, or an alert when it failed or could make nothing, except when a retry fails
    /// again and the first failure was alerted already (<see cref="JobRetry"/>); returns how each channel did.
    /// </summary>
    public Task<IReadOnlyList<string>> AfterRunAsync(DateOnly date, RunOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Recorded == RunOutcomes.Failed && failures.WasAlerted("forecast")
            ? Task.FromResult<IReadOnlyList<string>>([])
            : SendAsync(Notice.After(date, outcome, options.Zone, Names()), cancellationToken);
    }

    /// <summary>The sites' display names; the codes alone when the database cannot be read (the alert still goes out).</summary>
    SiteNames Names()
    {
        try
        {
            return SiteNames.From(database.Sites.All());
        }
        catch (StorageException)
        {
            return SiteNames.None;
        }
    }

    /// <summary>Sends <paramref name="notice"/>; returns one line per configured channel that carries it, saying how it went.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var settings = CurrentSettings();
        var report = new List<string>();
        foreach (var channel in channels.Where(c => c.IsConfigured(settings) && c.Carries(notice)))
        {
            var run = Try(() => database.StartRun("notice " + channel.Name, notice.Date));
            try
            {
                await channel.SendAsync(settings, notice, cancellationToken);
                Try(() => run is { } id ? Finish(id, true, notice.Subject) : 0);
                report.Add($"{channel.Name}: sent");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A mail server or webhook that is down must not stop the other channel or the schedule.
                Try(() => run is { } id ? Finish(id, false, e.Message) : 0);
                log.LogWarning("Sending the {Channel} notice failed: {Message}", channel.Name, e.Message);
                report.Add($"{channel.Name}: failed: {e.Message}");
            }
        }
        return report;
    }

    NoticeSettings CurrentSettings()
    {
        try
        {
            return lastRead = NoticeSettings.From(database.Settings());
        }
        catch (StorageException e) when (lastRead is { } known)
        {
            log.LogWarning("Reading the notice settings failed; sending with the ones read before: {Message}", e.Message);
            return known;
        }
    }

    static NoticeSettings? TryRead(AkutprognosDatabase database)
    {
        try
        {
            return NoticeSettings.From(database.Settings());
        }
        catch (StorageException)
        {
            return null;
        }
    }

    int Finish(long run, bool ok, string detail)
    {
        database.FinishRun(run, ok, detail);
        return 0;
    }

    /// <summary>Records a delivery when the database takes it; an alert about a full disk must still go out.</summary>
    long? Try(Func<long> record)
    {
        try
        {
            return record();
        }
        catch (StorageException e)
        {
            log.LogWarning("Recording a notice delivery failed: {Message}", e.Message);
            return null;
        }
    }
}
