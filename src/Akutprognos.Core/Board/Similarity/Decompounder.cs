namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Splits Swedish compounds into known parts ("personalschemat" → personal + schemat,
/// "sjuklönekostnaderna" → sjuk + löne + kostnaderna) so that a compound meets the simple words it is
/// made of. A part is known when its <see cref="LightStemmer.Root"/> is in the lexicon: the roots of the
/// words on the board itself plus <see cref="DomainLexicon"/>. Linking letters (fogemorfem -s-, -e-, -a-,
/// -u-, -o-) may end a non-final part. The longest known first part wins; parts are at least three letters.
/// When no split into known parts exists, a known head of four letters or more before an unknown rest of
/// five or more still counts ("schemaläggningen" → schema + läggningen).
/// Dictionary decompounding in the manner of Lucene's DictionaryCompoundWordTokenFilter, but with the
/// board's own vocabulary as the dictionary, which no packaged Swedish dictionary offers.
/// </summary>
internal sealed class Decompounder
{
    const int MinimumPart = 3;
    const int MaximumParts = 4;
    const int MinimumKnownHead = 4;
    const int MinimumUnknownTail = 5;
    static readonly char[] LinkingLetters = ['s', 'e', 'a', 'u', 'o'];

    readonly HashSet<string> roots;
    readonly Dictionary<string, IReadOnlyList<string>> cache = new(StringComparer.Ordinal);

    public Decompounder(IEnumerable<string> words)
    {
        roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Concat(DomainLexicon.Words))
        {
            if (word.Length >= MinimumPart && !StopWords.Contains(word))
            {
                roots.Add(LightStemmer.Root(word));
            }
        }
    }

    /// <summary>The parts of <paramref name="word"/>, or an empty list when it is not a compound of known parts.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (!cache.TryGetValue(word, out var parts))
        {
            parts = Split(word, MaximumParts) ?? KnownHead(word) ?? [];
            cache[word] = parts;
        }
        return parts;
    }

    List<string>? Split(string word, int partsLeft)
    {
        if (partsLeft < 2 || word.Length < 2 * MinimumPart)
        {
            return null;
        }
        for (var cut = word.Length - MinimumPart; cut >= MinimumPart; cut--)
        {
            var head = word[..cut];
            if (!IsKnownHead(head))
            {
                continue;
            }
            var tail = word[cut..];
            if (IsKnown(tail))
            {
                return [head, tail];
            }
            if (Split(tail, partsLeft - 1) is { } rest)
            {
                rest.Insert(0, head);
                return rest;
            }
        }
        return null;
    }

    /// <summary>A compound whose first part is known and whose rest is not ("schema" + "läggningen"): the longest such head.</summary>
    List<string>? KnownHead(string word)
    {
        for (var cut = word.Length - MinimumUnknownTail; cut >= MinimumKnownHead; cut--)
        {
            if (IsKnownHead(word[..cut]))
            {
                return [word[..cut], word[cut..]];
            }
        }
        return null;
    }

    bool IsKnownHead(string head) =>
        IsKnown(head) || (head.Length > MinimumPart && Array.IndexOf(LinkingLetters, head[^1]) >= 0 && IsKnown(head[..^1]));

    bool IsKnown(string part) => part.Length >= MinimumPart && roots.Contains(LightStemmer.Root(part));
}
