namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Savoy's light Swedish stemmer (J. Savoy, University of Neuchâtel; the rules Lucene ships as
/// <c>SwedishLightStemmer</c>): strips one inflectional suffix — genitive -s, definite and plural endings
/// (-arna, -erna, -orna, -heten, -en, -et, -ar, -er, -or …) — and never takes a word below three letters.
/// Written out here because the rules are a dozen lines and the Lucene package is a whole search engine.
/// <see cref="Root"/> applies it until nothing changes, so every inflected form of a noun meets one key
/// ("scheman", "schemat", "schema" → "schem"); the key over-strips, which is harmless for matching.
/// Two rules are added for nominalisations and English: -ing and -ed go too.
/// </summary>
internal static class LightStemmer
{
    static readonly string[] Five = ["elser", "heten"];
    static readonly string[] Four = ["arne", "erna", "ande", "else", "aste", "orna", "aren"];
    static readonly string[] Three = ["are", "ast", "het"];
    // Not Savoy's: -ing (Swedish "bemanning" ~ "bemannar", English "staffing" ~ "staff") and English -ed.
    static readonly string[] Nominal = ["ing"];
    static readonly string[] Two = ["ar", "er", "or", "en", "at", "te", "et", "ed"];

    public static string Stem(string word)
    {
        var length = word.Length;
        if (length > 4 && word[length - 1] == 's')
        {
            length--;
        }
        var kept = word[..length];
        if (length > 7 && EndsWithAny(kept, Five))
        {
            return kept[..(length - 5)];
        }
        if (length > 6 && EndsWithAny(kept, Four))
        {
            return kept[..(length - 4)];
        }
        if (length > 6 && EndsWithAny(kept, Nominal))
        {
            return kept[..(length - 3)];
        }
        if (length > 5 && EndsWithAny(kept, Three))
        {
            return kept[..(length - 3)];
        }
        if (length > 4 && EndsWithAny(kept, Two))
        {
            return kept[..(length - 2)];
        }
        if (length > 3 && kept[length - 1] is 't' or 'a' or 'e' or 'n')
        {
            return kept[..(length - 1)];
        }
        return kept;
    }

    /// <summary>The stem of the stem … until it no longer changes.</summary>
    public static string Root(string word)
    {
        var current = word;
        while (true)
        {
            var next = Stem(current);
            if (next.Length == current.Length)
            {
                return current;
            }
            current = next;
        }
    }

    static bool EndsWithAny(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
