using System.Globalization;
using System.Text;
using Akutprognos.Storage.Runs;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Staffing;
using Akutprognos.Web.Schedule;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Notices;

/// <summary>What a notice says: a subject, plain text for people, and the numbers for machines.</summary>
/// <param name="Subject">One line.</param>
/// <param name="Text">Plain text; the webhook's <c>text</c> (read by Slack and Teams).</param>
/// <param name="Date">The forecast day; for a feed alert, the day of the check.</param>
/// <param name="Ok">False for an alert (the run failed, a feed is late).</param>
/// <param name="Forecasts">Per series: name, mean and 80% interval.</param>
public sealed record Notice(string Subject, string Text, DateOnly Date, bool Ok, IReadOnlyList<NoticeForecast> Forecasts)
{
    /// <summary>
    /// Whether the webhook carries it too: alerts, and a night's summary when a site needs extra staff. The e-mail
    /// carries every notice; a chat channel hears only what someone must act on.
    /// </summary>
    public bool Urgent { get; init; }

    /// <summary>The call-ins recommended, one line each ("Södersjukhuset: call in 1 nurse 13–22"); empty when none.</summary>
    public IReadOnlyList<string> CallIns { get; init; } = [];

    /// <summary>The summary after a run, or the alert when it failed.</summary>
    /// <param name="date">The forecast day.</param>
    /// <param name="outcome">The run.</param>
    /// <param name="zone">The zone of the shift times in the staffing lines; Europe/Stockholm when not given.</param>
    /// <param name="names">The EDs' display names for the text; their codes when not given.</param>
    public static Notice After(DateOnly date, RunOutcome outcome, TimeZoneInfo? zone = null, SiteNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        names ??= SiteNames.None;
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!outcome.Ok)
        {
            // Nothing could be made (data too old, too short): say so and what to do; a fault is a failure.
            return outcome.Recorded == RunOutcomes.Skipped
                ? new($"Akutprognos ALERT: no forecast could be made for {day}", $"No forecast could be made for {day}:\n{Skipped(outcome)}", date, false, []) { Urgent = true }
                : new($"Akutprognos ALERT: the forecast for {day} failed", $"The forecast run for {day} failed: {outcome.Detail}", date, false, []) { Urgent = true };
        }
        var text = new StringBuilder($"Akutprognos forecast for {date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}:\n");
        var forecasts = outcome.Lines.Select(l => NoticeForecast.Of(l.Forecast, names)).ToList();
        foreach (var f in forecasts)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {f.DisplayName}: {f.Mean:F0} arrivals (80%: {f.Low80:F0}–{f.High80:F0}), {f.Model}");
            text.Append(f.Fallback is null ? "\n" : $" — {f.Fallback}\n");
        }
        if (outcome.Skipped is { Count: > 0 })
        {
            text.Append("Not forecast:\n").Append(Skipped(outcome));
        }
        zone ??= Core.Calendar.LocalDays.Stockholm;
        AppendStaffing(text, outcome.Staffing, zone, names);
        var callIns = (outcome.Staffing?.Sites ?? []).SelectMany(s => s.Roles.SelectMany(r => r.Changes
            .Where(c => c.Action == RosterAction.CallIn).Select(c => StaffingText.Recommendation(names.Shown(s.Site), r.Role, c, zone)))).ToList();
        var subject = callIns.Count switch
        {
            0 => $"Akutprognos: forecast for {day}",
            1 => $"Akutprognos: forecast for {day}, 1 call-in recommended",
            var n => string.Create(CultureInfo.InvariantCulture, $"Akutprognos: forecast for {day}, {n} call-ins recommended"),
        };
        return new(subject, text.ToString(), date, true, forecasts) { Urgent = callIns.Count > 0, CallIns = callIns };
    }

    /// <summary>One line per series the run left out, with its reason (which says what to do).</summary>
    static string Skipped(RunOutcome outcome) =>
        outcome.Skipped is { Count: > 0 } skipped ? string.Concat(skipped.Select(s => $"- {s.Reason}\n")) : $"- {outcome.Detail}\n";

    /// <summary>The call-ins and releases the plan recommends against the roster, each with the numbers behind it.</summary>
    static void AppendStaffing(StringBuilder text, StaffingPlan? plan, TimeZoneInfo zone, SiteNames names)
    {
        if (plan is null)
        {
            text.Append("Staffing: no staffing plan stored for this day.\n");
            return;
        }
        var changes = plan.Sites.SelectMany(s => s.Roles.SelectMany(r => r.Changes.Select(c => (Site: names.Shown(s.Site), Role: r, Change: c)))).ToList();
        if (changes.Count == 0)
        {
            text.Append("Staffing: the planned roster covers every hour; no changes recommended.\n");
            return;
        }
        text.Append("Staffing:\n");
        foreach (var (site, role, change) in changes)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {StaffingText.Recommendation(site, role.Role, change, zone)} ({StaffingText.Why(role.Policy, change)})\n");
        }
    }
}

/// <summary>One series in a notice.</summary>
/// <param name="Series">The ED's code in the data, or "total" for the region.</param>
/// <param name="Name">The code, or "Region (all EDs)" for the region; kept as it was before display names for the webhook's readers.</param>
/// <param name="Mean">Expected arrivals.</param>
/// <param name="Low80">Lower end of the 80% interval.</param>
/// <param name="High80">Upper end of the 80% interval.</param>
/// <param name="Model">The model that made it.</param>
/// <param name="Fallback">Why a simpler model was used, or null.</param>
/// <param name="DisplayName">The name people read: the display name an admin gave the ED, else <paramref name="Name"/>.</param>
public sealed record NoticeForecast(string Series, string Name, double Mean, double Low80, double High80, string Model, string? Fallback, string DisplayName)
{
    public static NoticeForecast Of(DayForecast f, SiteNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var name = SiteNames.None.Shown(f.Series);
        return new(f.Series, name, Math.Round(f.Mean, 1), Math.Round(f.Interval80.Lower, 1), Math.Round(f.Interval80.Upper, 1), f.Model, f.Fallback,
            (names ?? SiteNames.None).Shown(f.Series));
    }
}
