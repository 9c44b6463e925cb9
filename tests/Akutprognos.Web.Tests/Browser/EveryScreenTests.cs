using System.Text.Json;
using Akutprognos.TestSupport;
using Akutprognos.Web.Tests.Board;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Akutprognos.Web.Tests.Browser;

/// <summary>
/// Every screen an admin sees, on a phone (390 px) and a laptop (1366 px), in Debian's Chromium: the page never
/// scrolls sideways, nothing inside a card sticks out of it, a card's label column holds only labels, and axe-core
/// (pinned in <c>tests/browser</c>, installed by <c>npm ci --prefix tests/browser</c>) finds no accessibility violation.
/// </summary>
public sealed class EveryScreenTests(AdminBrowserSession fixture, ITestOutputHelper output) : IClassFixture<AdminBrowserSession>
{
    /// <summary>Stands for the demo meeting's id in <see cref="Routes"/>.</summary>
    const string MeetingId = "{meeting}";

    static readonly string[] Paths =
    [
        "/", "/accuracy", "/data", "/schedule", "/site/" + Uri.EscapeDataString("Södersjukhuset"),
        "/board", $"/board/{MeetingId}", $"/board/{MeetingId}/edit", $"/board/{MeetingId}/present", $"/board/{MeetingId}/summary", "/board/projects",
        "/settings", "/settings/sites", "/settings/shifts", "/settings/staffing", "/settings/users", "/settings/keys", "/settings/notices", "/settings/audit",
    ];

    public static TheoryData<string, int> Routes()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 390, 1366 })
        {
            foreach (var path in Paths)
            {
                data.Add(path, width);
            }
        }
        return data;
    }

    static string AxeScript => Path.Combine(Repository.Root, "tests", "browser", "node_modules", "axe-core", "axe.min.js");

    /// <summary>
    /// What the page measures of itself: how wide the document is, the outermost elements reaching past the
    /// viewport, elements sticking out of a card (or of themselves, when their content is wider than they are and
    /// nothing scrolls it), and <c>dd</c>s of a two-column <c>dl</c> that fell into the label column. Elements in a
    /// scroll container inside the card are the container's business: it scrolls, and must itself fit the card.
    /// </summary>
    const string Measure = """
        () => {
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
            + (e.textContent.trim() ? ' "' + e.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) + '"' : '');
          const shown = e => e.getClientRects().length > 0 && !e.closest('.sr-only, .skip');
          const clipped = e => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
          const viewport = window.innerWidth;
          // Hidden text (.sr-only) counts here: placed absolutely, it widens the page like anything else.
          const past = e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > viewport + 1;
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => past(e) && !(e.parentElement && past(e.parentElement)) && ![...ancestors(e)].some(clipped))
            .map(e => name(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px');
          function* ancestors(e) { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) yield p; }
          const overflows = [];
          const cards = [...document.querySelectorAll('.card, .board-card, .chart, .summary section')].filter(shown);
          for (const card of cards) {
            const box = card.getBoundingClientRect();
            if (card.scrollWidth > card.clientWidth + 1) {
              overflows.push(name(card) + ' is ' + card.scrollWidth + ' px wide inside, ' + card.clientWidth + ' px outside');
            }
            for (const e of card.querySelectorAll('*')) {
              if (!shown(e)) continue;
              let inner = false;
              for (let p = e.parentElement; p && p !== card; p = p.parentElement) if (clipped(p)) inner = true;
              if (inner) continue;
              const r = e.getBoundingClientRect();
              if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
                overflows.push(name(e) + ' reaches ' + Math.round(r.left - box.left) + '…' + Math.round(r.right - box.left) + ' px of a ' + Math.round(box.width) + ' px ' + name(card).split(' ')[0]);
              } else if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && !clipped(e) && !['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName)) {
                overflows.push(name(e) + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth + ' px');
              }
            }
            for (const list of card.querySelectorAll('dl')) {
              if (getComputedStyle(list).display !== 'grid' || !shown(list)) continue;
              const labels = [...list.children].filter(c => c.tagName === 'DT' && shown(c));
              const edge = Math.max(...labels.map(c => c.getBoundingClientRect().right));
              for (const d of [...list.children].filter(c => c.tagName === 'DD' && shown(c))) {
                if (d.getBoundingClientRect().left < edge - 1) overflows.push(name(d) + ' lies in the label column of ' + name(card).split(' ')[0]);
              }
            }
          }
          return { width: document.documentElement.scrollWidth, viewport, wide: wide.slice(0, 8), overflows: overflows.slice(0, 12) };
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public async Task Screen_AsAdmin_FitsItsWidthKeepsCardsWholeAndHasNoAxeViolations(string route, int width)
    {
        BrowserSession.RequireBrowser();
        var path = route.Replace(MeetingId, BoardData.Instance.DemoMeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var page = await fixture.Admin.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, 900);
            var response = await page.GotoAsync(new Uri(fixture.Session.Address, path).ToString(), new() { WaitUntil = WaitUntilState.Load });
            Assert.Equal(200, response!.Status);
            // Charts are drawn after load; the board joins its live connection and may redraw its cards.
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => c.dataset.drawn === 'true')", null, new() { Timeout = 10_000 });
            if (await page.Locator("#board").CountAsync() > 0)
            {
                await page.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
            }
            var shot = path.Trim('/').Replace('/', '-');
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, $"screen-{(shot.Length == 0 ? "tomorrow" : shot)}-{width}.png"), FullPage = true });

            var layout = await page.EvaluateAsync<JsonElement>(Measure);
            var problems = new List<string>();
            var documentWidth = layout.GetProperty("width").GetInt32();
            if (documentWidth > layout.GetProperty("viewport").GetInt32())
            {
                problems.Add($"{path} is {documentWidth} px wide at {width} px: " + string.Join("; ", layout.GetProperty("wide").EnumerateArray().Select(e => e.GetString())));
            }
            problems.AddRange(layout.GetProperty("overflows").EnumerateArray().Select(e => $"{path} at {width} px: {e.GetString()}"));
            var layoutProblems = problems.Count;

            var axeFound = File.Exists(AxeScript);
            if (axeFound)
            {
                // Evaluated from outside the page, as the page's own policy refuses inline scripts.
                await page.EvaluateAsync("() => {\n" + await File.ReadAllTextAsync(AxeScript) + "\n}");
                var violations = await page.EvaluateAsync<JsonElement>("""
                    async () => (await axe.run(document)).violations.map(v =>
                      v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
                    """);
                problems.AddRange(violations.EnumerateArray().Select(v => $"{path} at {width} px, axe: {v.GetString()}"));
            }
            output.WriteLine($"{path} at {width} px: document {documentWidth} px wide; layout problems {layoutProblems}, axe violations {(axeFound ? (problems.Count - layoutProblems).ToString(System.Globalization.CultureInfo.InvariantCulture) : "not checked")}");
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
            Skip.If(!axeFound && !Repository.InCi, $"{AxeScript} is missing, so axe-core was not run (the layout checks passed): run `npm ci --prefix tests/browser`.");
            Assert.True(axeFound, $"{AxeScript} is missing: CI runs `npm ci --prefix tests/browser`.");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

/// <summary>A browser session with one context logged in as admin (the login page limits how often anyone may try), shared by a class's tests.</summary>
public sealed class AdminBrowserSession : IAsyncLifetime
{
    public BrowserSession Session { get; } = new();

    public IBrowserContext Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Session.InitializeAsync();
        if (Session.Browser is not null)
        {
            var (page, _) = await Session.LoggedInAsync("admin", Session.Demo.AdminPassword);
            Admin = page.Context;
            await page.CloseAsync();
        }
    }

    public Task DisposeAsync() => Session.DisposeAsync();
}
