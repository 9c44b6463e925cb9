using Akutprognos.Core.Series;
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
public sealed record SiteRow(SiteSetting Setting, DateOnly? First, DateOnly? Last, int Days);

/// <summary>Admins see every site with the data it has, and set its display name and whether it counts in the region.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class SitesModel(AkutprognosDatabase database, DashboardData dashboard, AuditTrail audit, IStringLocalizer<Text> t) : PageModel
{
    public IReadOnlyList<SiteRow> Sites { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The sites, with the outcome of a change that redirected here (a reload does not post again).</summary>
    public void OnGet(bool saved = false)
    {
        Message = saved ? "Saved. A change to the region counts from the next forecast run." : null;
        var stored = database.Settings();
        var series = dashboard.Series().ToDictionary(s => s.Name, StringComparer.Ordinal);
        Sites = [.. database.Sites().Select(site => Row(SiteSettings.For(site.Name, stored), series.GetValueOrDefault(site.Name)))];
    }

    public IActionResult OnPost(string? site, string? displayName, bool inRegion)
    {
        OnGet();
        var old = Sites.FirstOrDefault(s => s.Setting.Site == site)?.Setting;
        var changed = old is null ? null : old with { DisplayName = (displayName ?? "").Trim(), InRegion = inRegion };
        Problem = changed is null ? t["There is no site {0}.", site ?? ""] : SiteSettings.Problem(changed.DisplayName);
        if (Problem is null && !inRegion && Sites.All(s => !s.Setting.InRegion || s.Setting.Site == site))
        {
            Problem = "At least one site must count in the region.";
        }
        if (Problem is not null || changed == old)
        {
            Message = Problem is null ? "Nothing changed." : null;
            return Page();
        }
        var detail = $"{site}: {Describe(old!)} → {Describe(changed!)}";
        database.SaveSettings(SiteSettings.ToStored(changed!), audit.Entry(User, "site changed", detail));
        // The cards show the names, and "usual" for the region sums the sites in it.
        dashboard.Refresh();
        return RedirectToPage(new { saved = true });
    }

    static string Describe(SiteSetting setting) => $"display name '{setting.DisplayName}', {(setting.InRegion ? "in the region" : "outside the region")}";

    static SiteRow Row(SiteSetting setting, DailySeries? series)
    {
        if (series is null)
        {
            return new(setting, null, null, 0);
        }
        return new(setting, series.Start, series.End, series.Values.Count(v => !double.IsNaN(v)));
    }
}
