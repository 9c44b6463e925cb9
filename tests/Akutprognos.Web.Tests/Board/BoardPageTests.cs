using System.Net;
using System.Text.RegularExpressions;

namespace Akutprognos.Web.Tests.Board;

public sealed partial class BoardPageTests(DemoApp demo) : IClassFixture<DemoApp>
{
    readonly BoardData board = BoardData.Instance;

    [Theory]
    [InlineData("/board")]
    [InlineData("/board/projects")]
    [InlineData("/board/{0}")]
    [InlineData("/board/{0}/present")]
    [InlineData("/board/{0}/summary")]
    [InlineData("/board/{0}/summary.html")]
    [InlineData("/board/{0}/export.md")]
    [InlineData("/board/projects/export.csv")]
    [InlineData("/board/cards/1")]
    public async Task BoardPage_WithoutLogin_RedirectsToLogin(string page)
    {
        using var client = demo.App.Client();
        using var response = await client.GetAsync(new Uri(Path(page), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCard_ByViewerWhoIsNoParticipant_IsRefusedAndStoresNothing()
    {
        using var client = await demo.LoggedInAsync("viewer");
        var before = BoardData.CardsOf(board.TestMeetingId).Count;
        using var response = await PostCardAsync(client, "Viewer's card", withToken: true);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("is not a participant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, BoardData.CardsOf(board.TestMeetingId).Count);
    }

    [Fact]
    public async Task PostCard_WithoutAntiforgeryToken_IsRefusedAndStoresNothing()
    {
        using var client = await demo.LoggedInAsync("planner");
        var before = BoardData.CardsOf(board.TestMeetingId).Count;
        using var response = await PostCardAsync(client, "Card without token", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, BoardData.CardsOf(board.TestMeetingId).Count);
    }

    [Fact]
    public async Task PostCard_ByParticipantWithScriptInTitle_IsStoredAndShownWithoutTheScript()
    {
        using var client = await demo.LoggedInAsync("planner");
        var marker = "Akuten " + Guid.NewGuid().ToString("N")[..8];
        using var response = await PostCardAsync(client, $"<script>alert('x')</script>{marker}<img src=x onerror=alert(1)>", withToken: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = Assert.Single(BoardData.CardsOf(board.TestMeetingId), c => c.Title.Contains(marker, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", stored.Title, StringComparison.OrdinalIgnoreCase);
        var html = await client.GetStringAsync(new Uri(Path("/board/{0}"), UriKind.Relative));
        Assert.Contains(marker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert", html, StringComparison.OrdinalIgnoreCase);
        var live = await client.GetStringAsync(new Uri(Path("/board/{0}?handler=Live"), UriKind.Relative));
        Assert.Contains(marker, live, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", live, StringComparison.OrdinalIgnoreCase);
    }

    async Task<HttpResponseMessage> PostCardAsync(HttpClient client, string title, bool withToken)
    {
        var page = Path("/board/{0}");
        var form = new Dictionary<string, string> { ["kind"] = "Challenge", ["title"] = title, ["background"] = "Bakgrund" };
        if (withToken)
        {
            form["__RequestVerificationToken"] = await TokenAsync(client, page);
        }
        return await client.PostAsync(new Uri(page + "?handler=Card", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>The page's antiforgery token; a reader's board has no form, so it is taken from the layout's log-out form.</summary>
    static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    string Path(string page) => string.Format(System.Globalization.CultureInfo.InvariantCulture, page, board.TestMeetingId);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
