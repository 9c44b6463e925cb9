using Akutprognos.Storage;

namespace Akutprognos.Api.ClientTests;

/// <summary>The API driven through a client generated from its own served document, as an integration platform uses it.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class GeneratedClientTests(LiveApp app)
{
    static GeneratedClient? generated;

    async Task<GeneratedClient> ClientAsync() => generated ??= await GeneratedClient.FromAsync(await app.DocumentAsync());

    /// <summary>The push API takes an hour as ISO 8601 text with its offset.</summary>
    static string Iso(DateTimeOffset hour) => hour.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    static DateTimeOffset Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [Fact]
    public async Task Reads_WithViewerKey_ReturnForecastsNowcastsAccuracyAndRuns()
    {
        var client = await ClientAsync();
        using var http = app.Client(app.ViewerKey);
        var api = client.Create(http);

        var day = await api.GetForecastsAsync(Day(LiveApp.Tomorrow));
        var nowcasts = await api.GetNowcastsAsync(Day(LiveApp.Tomorrow));
        var accuracy = await api.GetAccuracyAsync();
        var runs = await api.GetRunsAsync();

        var forecasts = ((IEnumerable<dynamic>)day.Forecasts).ToList();
        Assert.Equal(["total", .. LiveApp.Sites], forecasts.Select(f => (string)f.Series));
        Assert.Equal(110.0, (double)forecasts[1].Mean);
        Assert.Equal(24, ((IEnumerable<dynamic>)forecasts[1].Hours).Count());
        var issued = ((IEnumerable<dynamic>)nowcasts.Nowcasts).ToList();
        Assert.Equal(3, issued.Count);
        Assert.All(issued, n => Assert.Equal(20, (int)n.IssueHour));
        Assert.Equal("stored", (string)accuracy.Source);
        var stored = ((IEnumerable<dynamic>)accuracy.Stored).Single(s => (string)s.Series == LiveApp.Sites[0]);
        Assert.Equal(21, (int)stored.Days);
        var run = ((IEnumerable<dynamic>)runs).First();
        Assert.Equal(("forecast", "ok"), ((string)run.Kind, (string)run.Outcome));
    }

    [Fact]
    public async Task Pushes_WithPlannerKey_StoreArrivalsAndVisitors()
    {
        var client = await ClientAsync();
        using var http = app.Client(app.PlannerKey);
        var api = client.Create(http);
        var hour = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(1));
        var arrival = client.New("ArrivalsPushRow");
        arrival.Site = "Södertälje";
        arrival.Hour = Iso(hour);
        arrival.Count = 9;
        var arrivals = client.New("ArrivalsPush");
        arrivals.Rows = client.List("ArrivalsPushRow", arrival);
        var visit = client.New("VisitorsPushRow");
        visit.Hour = Iso(hour);
        visit.Visitors = 4321;
        var visitors = client.New("VisitorsPush");
        visitors.Signal = "pushed";
        visitors.Rows = client.List("VisitorsPushRow", visit);

        var pushedArrivals = await api.PostArrivalsAsync(arrivals);
        var pushedVisitors = await api.PostVisitorsAsync(visitors);

        Assert.Equal((1, 1), ((int)pushedArrivals.SitesCreated, (int)pushedArrivals.RowsInserted));
        Assert.Equal(1, (int)pushedVisitors.RowsInserted);
        using var database = AkutprognosDatabase.Open(app.DatabasePath);
        Assert.Equal(9, database.HourlyArrivals("Södertälje").Single(h => h.Hour == hour).Count);
        Assert.Equal(4321, database.Visitors("pushed").Single(v => v.Hour == hour).Visitors);
    }

    [Fact]
    public async Task Read_DayWithoutForecast_Throws404()
    {
        var client = await ClientAsync();
        using var http = app.Client(app.ViewerKey);
        var api = client.Create(http);

        var thrown = await Record.ExceptionAsync(async () => await api.GetForecastsAsync(Day(LiveApp.Today.AddDays(30))));

        Assert.Equal(404, GeneratedClient.StatusOf(thrown));
    }

    [Fact]
    public async Task Read_DateThatIsNoDate_Returns400AsProblemDetails()
    {
        using var http = app.Client(app.ViewerKey);

        // What the document promises for every operation with a parameter; a typed client cannot send this.
        using var response = await http.GetAsync(new Uri("/api/forecasts?date=tomorrow", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Read_WithoutKey_Throws401()
    {
        var client = await ClientAsync();
        using var http = app.Client();
        var api = client.Create(http);

        var thrown = await Record.ExceptionAsync(async () => await api.GetRunsAsync());

        Assert.Equal(401, GeneratedClient.StatusOf(thrown));
        using var raw = await http.GetAsync(new Uri("/api/runs", UriKind.Relative));
        Assert.Equal("application/problem+json", raw.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Push_WithViewerKey_Throws403AndStoresNothing()
    {
        var client = await ClientAsync();
        using var http = app.Client(app.ViewerKey);
        var api = client.Create(http);
        var row = client.New("ArrivalsPushRow");
        row.Site = "Refused";
        row.Hour = Iso(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        row.Count = 1;
        var push = client.New("ArrivalsPush");
        push.Rows = client.List("ArrivalsPushRow", row);

        var thrown = await Record.ExceptionAsync(async () => await api.PostArrivalsAsync(push));

        Assert.Equal(403, GeneratedClient.StatusOf(thrown));
        using var database = AkutprognosDatabase.Open(app.DatabasePath);
        Assert.Empty(database.HourlyArrivals("Refused"));
    }
}
