using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Dashboard;
using Akutprognos.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Akutprognos.Web.Settings;

/// <summary>One site on the Sites page: its settings and the daily arrivals stored for it.</summary>
public sealed record SiteRow(SiteConfig Setting, DateOnly? First, DateOnly? Last, int Days);

/// <summary>
/// Admins see every site with the data it has and set what <c>akutprognos site set</c> sets: display name, time zone,
/// holiday calendar, the hour its day closes and the regions it counts in. Each change is one transaction with an audit line.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class SitesModel(AkutprognosDatabase database, DashboardData dashboard, AuditTrail audit, IStringLocalizer<Text> t) : PageModel
{
    public IReadOnlyList<SiteRow> Sites { get; private set; } = [];

    /// <summary>Every region code, the default one first.</summary>
    public IReadOnlyList<string> Regions { get; private set; } = [];

    /// <summary>The holiday calendars one can choose (a site's own dates are set with <c>akutprognos site set --holidays FILE</c>).</summary>
    public static IReadOnlyList<string> HolidayCodes => HolidayCalendars.Codes;

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The sites, with the outcome of a change that redirected here (a reload does not post again).</summary>
    public void OnGet(bool saved = false)
    {
        Message = saved ? "Saved. A change counts from the next forecast run." : null;
        var series = dashboard.Series().ToDictionary(s => s.Name, StringComparer.Ordinal);
        Sites = [.. database.Sites.All().Select(site => Row(site, series.GetValueOrDefault(site.Name)))];
        Regions = [.. database.Sites.Regions().Select(r => r.Code)];
    }

    public IActionResult OnPost(string? site, string? displayName, string? timeZone, string? holidays, int? dayClosesAt, string? regions)
    {
        OnGet();
        var old = Sites.FirstOrDefault(s => s.Setting.Name == site)?.Setting;
        if (old is null)
        {
            Problem = t["There is no site {0}.", site ?? ""];
            return Page();
        }
        var code = HolidaySource.Normalise(holidays ?? "") ?? (holidays ?? "").Trim();
        var changed = old with
        {
            DisplayName = (displayName ?? "").Trim(),
            TimeZone = (timeZone ?? "").Trim(),
            Holidays = code,
            HolidayDates = code == HolidaySource.DatesCode ? old.HolidayDates : [],
            DayClosesAt = dayClosesAt ?? old.DayClosesAt,
            Regions = [.. (regions ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
        Problem = changed.Problem();
        if (Problem is null && Sites.Count > 0 && !changed.In(SeriesId.TheRegion)
            && Sites.All(s => !s.Setting.In(SeriesId.TheRegion) || s.Setting.Name == site))
        {
            Problem = "At least one site must count in the region.";
        }
        if (Problem is not null || changed.SameSettings(old))
        {
            Message = Problem is null ? "Nothing changed." : null;
            return Page();
        }
        database.Sites.Save(changed, audit.Entry(User, "site changed", $"{site}: {old.Describe()} → {changed.Describe()}"));
        // The cards show the names, and the regions sum their sites.
        dashboard.Refresh();
        return RedirectToPage(new { saved = true });
    }

    static SiteRow Row(SiteConfig setting, DailySeries? series) =>
        series is null ? new(setting, null, null, 0) : new(setting, series.Start, series.End, series.Values.Count(v => !double.IsNaN(v)));
}
