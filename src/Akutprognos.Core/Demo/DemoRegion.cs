using System.Globalization;
using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Demo;

/// <summary>
/// A synthetic Stockholm County: seven EDs (about 1,900 arrivals a day, as in Ekström et al., Ann Emerg Med 2015)
/// and the health-information website's hourly visitors, so the whole product can be shown without real data.
/// </summary>
/// <remarks>
/// <para><b>Regional demand.</b> On local day d, <c>I(d) = C(d)·L(d)</c>.</para>
/// <para><c>C(d)</c>, the calendar part (a calendar-only model can learn it): weekday factor (Sun..Sat
/// 0.97, 1.12, 1.03, 1.00, 0.99, 1.00, 0.89; holidays and eves use Sunday's) × 0.88 on eves (Julafton, Midsommarafton…)
/// × 0.98 on other holidays × 0.96 on other days of Christmas–New Year × 1.10 on the first working day after a holiday
/// × 0.97 on bridge days × 0.91 in July (<see cref="CalendarDay.IsSummer"/>).</para>
/// <para><c>L(d) = (1 + S(d) + ΣW(d) + ΣO(d))·exp(a(d))</c>, the illness part (only recent arrivals and the web reveal it):
/// season <c>S = 0.03·cos(2π(dayOfYear − 20)/365.25)</c>; each winter an RSV wave (+8–14%, peak 25 Nov–19 Jan) and an
/// influenza wave (+10–20%, peak 15 Dec–10 Mar), asymmetric Gaussians with a rise of about a week and a fall of one to two;
/// about three norovirus-like outbreaks a year (+5–15%, a few days, mostly November–April);
/// AR(1) <c>a(d) = 0.6·a(d−1) + ε</c>, stationary SD 3.5%, so the recent level carries information.</para>
/// <para><b>Arrivals.</b> Site s on day d has mean <c>base_s·I(d)·exp(η)</c>, η ~ N(−σ²/2, σ = 4%), with bases
/// Södersjukhuset 400, Karolinska Huddinge 340, Danderyd 330, Karolinska Solna 320, S:t Göran 300, Södertälje 135,
/// Norrtälje 75. Each hour ~ Poisson(mean × share of that local hour): trough 04–06, peak 10–14, an evening shoulder;
/// weekends and holidays start an hour later. Shares are renormalised over the hours a day has (23, 24 or 25).</para>
/// <para><b>Web visitors</b> (signal "all") on day e: hours before 18:00 local have level
/// <c>V(e)·Lw(e)^β·ν</c>, hours from 18:00 <c>V(e)·Lw(e+1)^β·ν′</c> — the evening foretells tomorrow's illness;
/// <c>V(e) = 26,000·1.12^(years since the first day)·webWeekday</c> (Sun..Sat 1.10, 1.05, 1.00, 0.99, 0.96, 0.87, 0.90),
/// β = 1.5, ν, ν′ lognormal with SD 3.5%. <c>Lw</c> is L with waves shifted 3 days earlier: people read before they come.
/// Each hour ~ Poisson(level × web hour share); evening peak 19–22 and about 30% of the day from 18 to 24. Growth is the
/// audience, not illness: a model must detrend it. 3–5 media evenings multiply the evening by 2–3 with no effect on
/// arrivals; three stretches of hours (one inside an evening, one of 30–40 hours, one short daytime gap) have no rows.</para>
/// <para>What a model should find: weekday, holiday and July effects from the calendar; tomorrow's illness from the evening
/// signal (log-linear with slope about 1/β after detrending); that a spike evening is not illness; to fall back when hours are missing.
/// The Poisson and site noise set a floor no model can beat. Across seeds, log regional arrivals regressed on calendar
/// flags leave about 7% residual SD; adding yesterday's arrivals about 5.2%; adding the evening signal instead about 4.0%;
/// r between weekday-adjusted evening visitors and next-day arrivals is about 0.77 (Ekström et al.: 0.77).</para>
/// </remarks>
public static class DemoRegion
{
    /// <summary>The name of the web signal the demo produces.</summary>
    public const string Signal = "all";

    /// <summary>
    /// Builds the region from <see cref="DemoOptions.FirstDay"/> to <see cref="DemoOptions.LastDay"/>, web traffic
    /// including the last evening. Pure and deterministic: the same options and calendar give identical data.
    /// </summary>
    public static DemoData Generate(DemoOptions options, IHolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        var days = DemoTimeline.Days(options.FirstDay, options.LastDay, options.Zone, calendar);
        var demand = LatentDemand.Draw(days, options.Seed);
        var incidents = WebIncidents.Draw(days, demand, options.Seed);
        var arrivals = ArrivalSampler.Sample(days, demand, options.Seed);
        var visitors = WebTraffic.Sample(days, demand, incidents, options.Seed);
        var sites = DemoSites.All.Select(s => s.Site).ToList();
        return new DemoData(sites, arrivals, visitors, Events(days, demand, incidents, options.Zone));
    }

    static List<DemoEvent> Events(DemoDay[] days, LatentDemand demand, WebIncidents incidents, TimeZoneInfo zone)
    {
        var events = new List<DemoEvent>();
        foreach (var bump in demand.Bumps)
        {
            var (first, last) = bump.Window;
            var lead = bump.Kind == DemoEventKind.InfectionWave
                ? string.Create(CultureInfo.InvariantCulture, $"; the web sees it {LatentDemand.WebLeadDays} days earlier")
                : "";
            events.Add(new(bump.Kind, LocalDays.StartOf(first, zone), LocalDays.StartOf(last.AddDays(1), zone), 1 + bump.Amplitude,
                string.Create(CultureInfo.InvariantCulture, $"{bump.Name} {Kind(bump.Kind)} peaking {bump.Peak:yyyy-MM-dd} at +{bump.Amplitude * 100:0}% arrivals{lead}")));
        }
        foreach (var (i, factor) in incidents.Spikes)
        {
            var date = days[i].Date;
            events.Add(new(DemoEventKind.MediaSpike, LocalDays.ToInstant(date.ToDateTime(new TimeOnly(WebTraffic.EveningHour, 0)), zone),
                LocalDays.StartOf(date.AddDays(1), zone), factor,
                string.Create(CultureInfo.InvariantCulture, $"media story on the evening of {date:yyyy-MM-dd}: web traffic ×{factor:0.0}, no extra patients")));
        }
        foreach (var (start, end) in incidents.Missing)
        {
            events.Add(new(DemoEventKind.MissingWebHours, start, end, 0,
                string.Create(CultureInfo.InvariantCulture, $"no web data from {Local(start, zone)} to {Local(end, zone)} local time ({(end - start).TotalHours:0} h)")));
        }
        events.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return events;
    }

    static string Kind(DemoEventKind kind) => kind == DemoEventKind.InfectionWave ? "wave" : "outbreak";

    static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
