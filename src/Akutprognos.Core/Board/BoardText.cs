using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Akutprognos.Core.Board;

/// <summary>
/// The one place where text enters the board. Every record of the board passes each user-written
/// string through <see cref="Clean"/> when it is created — by a web form, the command line, the demo or
/// a read from the database alike — so no stored or shown text carries markup. The board keeps plain
/// text, never HTML: HTML tags and comments are removed (with the content of script and style elements),
/// control characters dropped, line ends made \n, Unicode normalised (NFC), ends trimmed. Output
/// encodes again for its format (HTML, CSV, iCalendar), so a "&lt;" that remains is shown, never run.
/// A sanitiser library (HtmlSanitizer) keeps a safe subset of HTML; here none is kept, which these
/// few rules do completely.
/// </summary>
public static partial class BoardText
{
    /// <summary>Longest title, name or department, in characters.</summary>
    public const int ShortMaximum = 200;

    /// <summary>Longest free text (background, idea, note …), in characters.</summary>
    public const int LongMaximum = 20_000;

    /// <summary>Cleaned <paramref name="text"/>; throws <see cref="ArgumentException"/> when it is empty afterwards or longer than <paramref name="maximum"/>.</summary>
    public static string Required(string? text, string what, int maximum = ShortMaximum)
    {
        var clean = Clean(text, what, maximum);
        return clean.Length == 0 ? throw new ArgumentException($"{what} must not be empty.", what) : clean;
    }

    /// <summary>Cleaned <paramref name="text"/>, "" for null; throws <see cref="ArgumentException"/> when longer than <paramref name="maximum"/>.</summary>
    public static string Clean(string? text, string what, int maximum = LongMaximum)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var markupFree = text;
        // Removing one tag can join two halves into a new one ("<scr<b>ipt>"): repeat until nothing changes.
        for (var previous = ""; previous != markupFree;)
        {
            previous = markupFree;
            markupFree = Tag().Replace(ScriptOrStyle().Replace(Comment().Replace(markupFree, ""), ""), "");
        }
        var kept = new StringBuilder(markupFree.Length);
        foreach (var c in markupFree.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c is '\n' or '\t' || CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format))
            {
                kept.Append(c);
            }
        }
        var clean = kept.ToString().Normalize(NormalizationForm.FormC).Trim();
        return clean.Length > maximum
            ? throw new ArgumentException($"{what} is {clean.Length} characters; at most {maximum} are allowed.", what)
            : clean;
    }

    /// <summary>An absolute http or https address (a video link); anything else, javascript: included, is refused.</summary>
    public static Uri? WebLink(string? link, string what)
    {
        var text = Clean(link, what, 2000);
        if (text.Length == 0)
        {
            return null;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ArgumentException($"{what} must be an http or https address, not '{text}'.", what);
    }

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?[a-zA-Z!?/][^<>]*>")]
    private static partial Regex Tag();
}
