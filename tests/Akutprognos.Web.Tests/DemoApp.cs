namespace Akutprognos.Web.Tests;

/// <summary>The app on the shared demo database, schedule off; one per test class.</summary>
public sealed class DemoApp : IDisposable
{
    public DemoApp()
        : this(DemoDatabase.Instance.Path)
    {
    }

    /// <summary>The app on <paramref name="database"/>, a copy of the demo database (<see cref="DemoCopy"/>).</summary>
    internal DemoApp(string database) => App = new TestApp(database);

    public DemoDatabase Demo { get; } = DemoDatabase.Instance;

    public TestApp App { get; }

    public async Task<HttpClient> LoggedInAsync(string user)
    {
        var client = App.Client();
        var password = user switch
        {
            "admin" => Demo.AdminPassword,
            "planner" => Demo.PlannerPassword,
            _ => Demo.ViewerPassword,
        };
        await Login.AsAsync(client, user, password);
        return client;
    }

    public void Dispose() => App.Dispose();
}
