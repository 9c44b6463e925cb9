using System.Text.Json;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class BoardCommandsTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    static string CardFile(string name) => Path.Combine(AppContext.BaseDirectory, "Board", "Cards", name);

    [Fact]
    public void Similar_Json_EveryCardRanksAllOthersAndFindsPartners()
    {
        var file = CardFile("holdout.json");

        var run = CliInProcess.Run(folder.Path, "board", "similar", "--cards", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var input = JsonDocument.Parse(File.ReadAllText(file));
        var cards = input.RootElement.GetProperty("cards").EnumerateArray().ToList();
        using var output = JsonDocument.Parse(run.Stdout);
        var results = output.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(cards.Select(c => c.GetProperty("id").GetString()), results.Select(r => r.GetProperty("id").GetString()));
        var hits = 0;
        foreach (var (card, result) in cards.Zip(results))
        {
            var similar = result.GetProperty("similar").EnumerateArray().ToList();
            Assert.Equal(cards.Count - 1, similar.Count);
            var scores = similar.Select(s => s.GetProperty("score").GetDouble()).ToList();
            Assert.Equal(scores.OrderDescending(), scores);
            Assert.All(scores, s => Assert.InRange(s, 0, 1));
            if (card.TryGetProperty("pair", out var pair))
            {
                var partner = cards.Single(c => c.GetProperty("id").GetString() != card.GetProperty("id").GetString()
                    && c.TryGetProperty("pair", out var p) && p.GetString() == pair.GetString());
                hits += similar[0].GetProperty("id").GetString() == partner.GetProperty("id").GetString() ? 1 : 0;
            }
        }
        Assert.True(hits >= 18, $"partner first for {hits} of 20 cards");
    }

    [Fact]
    public void Similar_WithoutJson_ReadableList()
    {
        var run = CliInProcess.Run(folder.Path, "board", "similar", "--cards", CardFile("english.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("e-it-passwords  Password resets lock out clinicians (IT)", run.Stdout);
        Assert.Matches(@"\n  0\.\d{3}  e-pc-login  Logging in to the records system takes ages \(Primary care\)\n", run.Stdout);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"items\": []}", "\"cards\" array")]
    [InlineData("{\"cards\": [{\"title\": \"utan id\"}]}", "card 1 has no \"id\"")]
    [InlineData("{\"cards\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]}", "card 3 repeats the id \"a\"")]
    [InlineData("{\"cards\": [{\"id\": \"a\", \"title\": 7}]}", "\"title\" must be a string")]
    public void Similar_BadInput_NamesFileAndProblem(string json, string problem)
    {
        var file = folder.Write("cards.json", json);

        var run = CliInProcess.Run(folder.Path, "board", "similar", "--cards", file, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains(file, run.Stderr);
        Assert.Contains(problem, run.Stderr);
    }

    [Fact]
    public void Similar_MissingFile_NamesFile()
    {
        var run = CliInProcess.Run(folder.Path, "board", "similar", "--cards", "saknas.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("saknas.json", run.Stderr);
    }
}
