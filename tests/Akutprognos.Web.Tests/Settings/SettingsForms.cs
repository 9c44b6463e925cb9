using System.Globalization;
using System.Net;
using Akutprognos.Core.Staffing;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Tests.Settings;

/// <summary>Posts the settings forms as a browser would: the fields and a valid antiforgery token of the client's own.</summary>
static class SettingsForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        // Any page's token is the user's token; the password page is one every role may open.
        var token = await Login.TokenAsync(client, "/account/password");
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    /// <summary>Asserts the answer sends the user to the refusal page, as the cookie scheme does for a role that may not.</summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Posts as <see cref="PostAsync"/> and reads the page shown after it, as a browser does: the page itself when
    /// it is shown again (with problems), or the page a successful change redirects to. Entities are decoded.
    /// </summary>
    public static async Task<(HttpStatusCode Status, string Html)> SubmitAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await PostAsync(client, path, fields);
        var html = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location)
            : await response.Content.ReadAsStringAsync();
        return (response.StatusCode, WebUtility.HtmlDecode(html));
    }

    /// <summary>The staffing form filled in with <paramref name="configuration"/>, with <paramref name="input"/> set to <paramref name="value"/> when given.</summary>
    public static List<KeyValuePair<string, string>> Staffing(StaffingConfiguration configuration, string? input = null, string? value = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { [StaffingForm.QuantileInput] = configuration.Quantile.Name() };
        for (var i = 0; i < configuration.Roles.Count; i++)
        {
            var role = configuration.Roles[i];
            foreach (var field in PolicyField.For(role.Method))
            {
                fields[field.Input(i)] = field.Get(RoleNumbers.Of(role)).ToString(CultureInfo.InvariantCulture);
            }
        }
        if (input is not null)
        {
            fields[input] = value!;
        }
        return [.. fields];
    }

    /// <summary>The input name of <paramref name="key"/> of <paramref name="role"/> in <paramref name="configuration"/>.</summary>
    public static string Input(StaffingConfiguration configuration, string role, string key)
    {
        var index = configuration.Roles.ToList().FindIndex(r => r.Role == role);
        return PolicyField.All.Single(f => f.Key == key).Input(index);
    }
}
