using System.Text.Json;
using System.Text.RegularExpressions;

namespace Akutprognos.Web.Tests.Api;

public sealed partial class ApiDocumentTests(DemoApp fixture) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task OpenApiDocument_AfterLogin_DescribesTheEndpoints()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/forecasts", "/api/nowcasts", "/api/arrivals", "/api/visitors", "/api/accuracy", "/api/runs" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Theory]
    [InlineData("SeriesForecast")]
    [InlineData("NowcastValue")]
    [InlineData("StoredAccuracyValue")]
    [InlineData("SeriesAccuracy")]
    public async Task OpenApiDocument_SeriesSchemas_DescribeTheDisplayNameBesideTheCode(string schema)
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative)));
        var properties = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties");
        Assert.Contains("code", properties.GetProperty("series").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("display name", properties.GetProperty("displayName").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferencePage_LoadsNothingFromAnotherHost()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        var html = await client.GetStringAsync(new Uri("/api/reference/", UriKind.Relative));
        Assert.Contains("\"url\":\"api/openapi.json\"", html, StringComparison.Ordinal);
        var sources = SourceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.DoesNotMatch("^(https?:)?//", s));
        foreach (var script in sources)
        {
            using var response = await client.GetAsync(new Uri(new Uri("http://localhost/api/reference/"), script));
            Assert.True(response.IsSuccessStatusCode, script);
        }
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex SourceAttribute();
}
