using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// Tells crawlers, tools and monitors from people by user agent. Two sources: the rule of evaluation §2
/// (any case: bot, crawl, spider, slurp, and the common HTTP libraries and tools), and the maintained list
/// github.com/monperrus/crawler-user-agents (MIT; npm package crawler-user-agents, version in
/// update-crawler-list.sh's output), embedded as published. Its 1,500 patterns as one regular expression
/// take milliseconds per agent, so the plain-text patterns (all but a few dozen) go into one vectorised
/// multi-string search and only the rest are regular expressions.
/// </summary>
internal static class CrawlerAgents
{
    /// <summary>Substrings that mark an agent in any case (evaluation §2), beyond what the list holds.</summary>
    static readonly string[] AnyCase =
    [
        "bot", "crawl", "spider", "slurp", "python-requests", "python-urllib", "curl", "wget", "go-http-client",
        "java/", "libwww", "headlesschrome", "httpclient", "okhttp", "axios/", "node-fetch", "scrapy", "phantomjs",
    ];

    static readonly Lazy<Matcher> Shared = new(Load);

    public static int ListedPatterns => Shared.Value.Count;

    public static bool IsCrawler(string userAgent) => Shared.Value.Matches(userAgent);

    sealed record Matcher(SearchValues<string> AnyCase, SearchValues<string> Literal, Regex? Patterns, int Count)
    {
        public bool Matches(string agent) =>
            agent.AsSpan().ContainsAny(AnyCase) || agent.AsSpan().ContainsAny(Literal) || (Patterns?.IsMatch(agent) ?? false);
    }

    static Matcher Load()
    {
        var literals = new List<string>();
        var patterns = new List<string>();
        foreach (var pattern in ListedPatternsText())
        {
            if (Literal(pattern) is { } text)
            {
                literals.Add(text);
            }
            else
            {
                patterns.Add("(?:" + pattern + ")");
            }
        }
        var regex = patterns.Count == 0 ? null : new Regex(string.Join('|', patterns), RegexOptions.CultureInvariant);
        return new Matcher(
            SearchValues.Create(AnyCase, StringComparison.OrdinalIgnoreCase),
            SearchValues.Create([.. literals.Distinct(StringComparer.Ordinal)], StringComparison.Ordinal),
            regex,
            literals.Count + patterns.Count);
    }

    static List<string> ListedPatternsText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Akutprognos.Ingest.Weblogs.crawler-user-agents.json")
            ?? throw new InvalidOperationException("The embedded crawler list is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetProperty("pattern").GetString()!)];
    }

    /// <summary>The text a pattern matches when it is a plain string with escaped punctuation, else null.</summary>
    static string? Literal(string pattern)
    {
        var text = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && !char.IsLetterOrDigit(pattern[i + 1]))
            {
                text.Append(pattern[++i]);
            }
            else if ("\\^$.*+?()[]{}|".Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
