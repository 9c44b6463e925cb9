using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Schedule;

/// <summary>When the nightly forecast runs and what the latest runs did; admins change the time.</summary>
public sealed class ScheduleModel(AkutprognosDatabase database, WebAppOptions options, TimeProvider clock) : PageModel
{
    public ScheduleSettings Settings { get; private set; } = new(ScheduleSettings.DefaultCron);

    public DateTimeOffset? Next { get; private set; }

    public IReadOnlyList<JobRun> Runs { get; private set; } = [];

    public TimeZoneInfo Zone => options.Zone;

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
        Settings = ScheduleSettings.From(database.Settings());
        Next = Settings.Next(clock.GetUtcNow(), options.Zone);
        Runs = database.Runs(30);
    }

    public IActionResult OnPost(string cron)
    {
        // Viewers and planners see the schedule; only admins move it.
        if (!User.IsInRole(AccountRoles.Admin))
        {
            return Forbid();
        }
        Problem = ScheduleSettings.Problem(cron?.Trim());
        if (Problem is null)
        {
            database.SaveSettings(new Dictionary<string, string> { [ScheduleSettings.CronSetting] = cron!.Trim() }, User.Identity?.Name ?? "admin");
            Message = "Saved.";
        }
        OnGet();
        return Page();
    }
}
