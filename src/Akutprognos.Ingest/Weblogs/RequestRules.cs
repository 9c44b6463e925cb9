namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// Which requests are page views of people (evaluation §2): method GET or POST, status 100–399, and a path
/// (without query) that does not end in a static-asset extension. Agents are judged by <see cref="CrawlerAgents"/>.
/// </summary>
internal static class RequestRules
{
    /// <summary>The asset extensions of evaluation §2, compared in any case.</summary>
    public static readonly string[] AssetExtensions =
        ["css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "avif", "bmp", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "webm"];

    public static bool IsCountedMethod(ReadOnlySpan<byte> method) => method.IsEmpty || method.SequenceEqual("GET"u8) || method.SequenceEqual("POST"u8);

    public static bool IsCountedStatus(int status) => status is -1 or (>= 100 and <= 399);

    /// <summary>The path of a request target: up to '?' or '#'.</summary>
    public static ReadOnlySpan<byte> PathOf(ReadOnlySpan<byte> target)
    {
        var end = target.IndexOfAny((byte)'?', (byte)'#');
        return end < 0 ? target : target[..end];
    }

    public static bool IsAsset(ReadOnlySpan<byte> path)
    {
        var dot = path.LastIndexOf((byte)'.');
        if (dot < 0 || path.Length - dot - 1 is < 2 or > 5 || path[dot..].Contains((byte)'/'))
        {
            return false;
        }
        Span<byte> lower = stackalloc byte[5];
        var extension = path[(dot + 1)..];
        for (var i = 0; i < extension.Length; i++)
        {
            lower[i] = (byte)(extension[i] is >= (byte)'A' and <= (byte)'Z' ? extension[i] | 0x20 : extension[i]);
        }
        return IsAssetExtension(lower[..extension.Length]);
    }

    static bool IsAssetExtension(ReadOnlySpan<byte> e) => e.Length switch
    {
        2 => e.SequenceEqual("js"u8),
        3 => e.SequenceEqual("css"u8) || e.SequenceEqual("mjs"u8) || e.SequenceEqual("map"u8) || e.SequenceEqual("png"u8)
            || e.SequenceEqual("jpg"u8) || e.SequenceEqual("gif"u8) || e.SequenceEqual("svg"u8) || e.SequenceEqual("ico"u8)
            || e.SequenceEqual("bmp"u8) || e.SequenceEqual("ttf"u8) || e.SequenceEqual("otf"u8) || e.SequenceEqual("eot"u8)
            || e.SequenceEqual("mp3"u8) || e.SequenceEqual("mp4"u8),
        4 => e.SequenceEqual("jpeg"u8) || e.SequenceEqual("webp"u8) || e.SequenceEqual("avif"u8) || e.SequenceEqual("woff"u8) || e.SequenceEqual("webm"u8),
        5 => e.SequenceEqual("woff2"u8),
        _ => false,
    };
}
