using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Web;
using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// The app on loopback with one meeting of 50 participants; 50 SignalR clients join its board. CARDS cards are
// posted one after another through the real form; for each card and client we time, from just before the post,
// (a) the hub message arriving and (b) the board fragment the browser then fetches having arrived.
const int Clients = 50;
var cards = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var folder = Directory.CreateTempSubdirectory("board-bench");
var path = Path.Combine(folder.FullName, "board.db");
long meetingId;
string password;
using (var database = AkutprognosDatabase.Open(path))
{
    password = LocalUsers.CreateOrReset(database, "bench", AccountRoles.Planner, TimeProvider.System);
    var people = Enumerable.Range(0, Clients).Select(i => new Participant($"P{i}", $"p{i}@region.example", $"Avd {i % 7}", BoardRole.Participant))
        .Prepend(new Participant("Bench", "bench@localhost", "IT", BoardRole.Moderator)).ToList();
    meetingId = database.Board.CreateMeeting(new Meeting(0, "Bench", DateTimeOffset.UtcNow, "Europe/Stockholm", 60, "Rum", null, false, 0, "bench@akutprognos", people)).Id;
}

var app = WebApp.Create(new WebAppOptions(path) { Urls = "http://127.0.0.1:0", RunSchedule = false },
    builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
var cookies = new CookieContainer();
using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
using (var login = await http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["UserName"] = "bench", ["Password"] = password, ["__RequestVerificationToken"] = await TokenAsync("/login"),
})))
{
    if (login.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Log-in failed: {login.StatusCode}");
    }
}

var board = $"/board/{meetingId}";
var clock = Stopwatch.StartNew();
var postedAt = 0L;
var messages = new List<double>();
var fragments = new List<double>();
var gate = new object();
var remaining = new CountdownEvent(0);
var connections = new List<HubConnection>();
for (var i = 0; i < Clients; i++)
{
    var connection = new HubConnectionBuilder().WithUrl(new Uri(address, "/board/hub"), options => options.Cookies = cookies).Build();
    connection.On<string, long>("changed", async (_, _) =>
    {
        var message = clock.Elapsed.TotalMilliseconds - Volatile.Read(ref postedAt) / 1e3;
        // Each client then fetches the board as a browser does (HttpClient runs these requests side by side).
        using var fragment = await http.GetAsync(new Uri(board + "?handler=Live", UriKind.Relative));
        var fetched = clock.Elapsed.TotalMilliseconds - Volatile.Read(ref postedAt) / 1e3;
        lock (gate)
        {
            messages.Add(message);
            fragments.Add(fetched);
        }
        remaining.Signal();
    });
    await connection.StartAsync();
    await connection.InvokeAsync("Join", meetingId);
    connections.Add(connection);
}

for (var card = 0; card < cards + 1; card++)
{
    remaining.Reset(Clients);
    var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["kind"] = "Challenge", ["title"] = $"Kort {card}: schemaläggning på akuten", ["background"] = "Bakgrund", ["__RequestVerificationToken"] = await TokenAsync(board),
    });
    Volatile.Write(ref postedAt, (long)(clock.Elapsed.TotalMilliseconds * 1e3));
    using var posted = await http.PostAsync(new Uri(board + "?handler=Card", UriKind.Relative), form);
    if (posted.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Posting failed: {posted.StatusCode}");
    }
    if (!remaining.Wait(TimeSpan.FromSeconds(30)))
    {
        throw new TimeoutException("Not every client heard of the card within 30 s.");
    }
    if (card == 0)
    {
        // The first card warms up the pages and the JIT; it is not counted.
        lock (gate)
        {
            messages.Clear();
            fragments.Clear();
        }
    }
}

Console.WriteLine($"{Clients} clients, {cards} cards, {messages.Count} deliveries; milliseconds from posting the card");
Report("hub message arrived", messages);
Report("board fragment fetched", fragments);
foreach (var connection in connections)
{
    await connection.DisposeAsync();
}
await app.StopAsync();
await app.DisposeAsync();
folder.Delete(recursive: true);
return 0;

async Task<string> TokenAsync(string page)
{
    var html = await http.GetStringAsync(new Uri(page, UriKind.Relative));
    return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}

static void Report(string what, List<double> values)
{
    values.Sort();
    double At(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {what,-24} p50 {At(0.50),7:F1}  p95 {At(0.95),7:F1}  p99 {At(0.99),7:F1}  max {values[^1],7:F1}"));
}
