using System.Net;
using System.Text.RegularExpressions;

namespace Akutprognos.Web.Tests;

/// <summary>Logs a client in through the real form, antiforgery token and all.</summary>
static partial class Login
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string user, string password)
    {
        var token = await TokenAsync(client, "/login");
        return await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task AsAsync(HttpClient client, string user, string password)
    {
        using var response = await PostAsync(client, user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    /// <summary>The antiforgery token in the form of <paramref name="page"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
