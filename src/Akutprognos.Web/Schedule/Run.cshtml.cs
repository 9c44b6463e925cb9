using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Schedule;

/// <summary>"Forecast tomorrow now": planners and admins start the nightly job by hand.</summary>
[Authorize(Policy = Policies.Change)]
public sealed class RunModel(ForecastRunner runner, Dashboard.DashboardData data, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/schedule");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        audit.Record(User, "forecast run started", data.Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await runner.RunAsync(data.Tomorrow, $"run by {User.Identity?.Name}", cancellationToken);
        return Redirect("/schedule");
    }
}
