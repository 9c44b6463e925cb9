using System.Text;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// A named web signal: the visitors of the pages whose path matches a glob. <c>*</c> matches within one path
/// segment, <c>**</c> across segments, <c>?</c> one character; <c>/sjukdomar--besvar/**</c> is that section
/// and everything under it (the section's own page <c>/sjukdomar--besvar</c> included). Paths compare
/// byte-wise and case-sensitively, as web servers do.
/// </summary>
public sealed record SignalRule
{
    readonly byte[] glob;

    public SignalRule(string name, string pathGlob)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathGlob);
        Name = name.Trim();
        PathGlob = pathGlob.Trim();
        glob = Encoding.UTF8.GetBytes(PathGlob);
        MatchesAll = PathGlob is "**" or "/**";
    }

    /// <summary>The rule every reader has unless told otherwise: <c>all</c> = every path.</summary>
    public static SignalRule All { get; } = new("all", "/**");

    public string Name { get; }

    public string PathGlob { get; }

    internal bool MatchesAll { get; }

    /// <summary>Reads <c>NAME=GLOB</c>; throws <see cref="ArgumentException"/> for anything else.</summary>
    public static SignalRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < text.Length - 1
            ? new SignalRule(text[..equals], text[(equals + 1)..])
            : throw new ArgumentException($"'{text}' is not NAME=GLOB (e.g. symptoms=/sjukdomar--besvar/**).", nameof(text));
    }

    internal bool Matches(ReadOnlySpan<byte> path) =>
        MatchesAll || Match(glob, path) || (glob.AsSpan().EndsWith("/**"u8) && path.SequenceEqual(glob.AsSpan(0, glob.Length - 3)));

    static bool Match(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> text)
    {
        while (!pattern.IsEmpty)
        {
            if (pattern.StartsWith("**"u8))
            {
                var rest = pattern[2..];
                for (var i = 0; i <= text.Length; i++)
                {
                    if (Match(rest, text[i..]))
                    {
                        return true;
                    }
                }
                return false;
            }
            if (pattern[0] == '*')
            {
                var rest = pattern[1..];
                for (var i = 0; i <= text.Length; i++)
                {
                    if (Match(rest, text[i..]))
                    {
                        return true;
                    }
                    if (i < text.Length && text[i] == '/')
                    {
                        return false;
                    }
                }
                return false;
            }
            if (text.IsEmpty || (pattern[0] != '?' && pattern[0] != text[0]) || (pattern[0] == '?' && text[0] == '/'))
            {
                return false;
            }
            pattern = pattern[1..];
            text = text[1..];
        }
        return text.IsEmpty;
    }
}
