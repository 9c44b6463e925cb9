namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// The raw term counts of one card in two blocks: word roots (with the parts of compounds) and
/// character 3–5-grams of each word padded with &lt; and &gt;, which catch what roots and the lexicon miss
/// ("akuten" and "akutmottagningen" share &lt;ak, &lt;aku, &lt;akut). The title counts twice.
/// </summary>
internal sealed record CardFeatures(Dictionary<string, int> Roots, Dictionary<string, int> Grams)
{
    const int MinimumGram = 3;
    const int MaximumGram = 5;
    const int TitleWeight = 2;

    public static IEnumerable<string> ContentWords(CardText card) =>
        Words.Of(card.Title).Concat(Words.Of(card.Text)).Where(IsContent);

    public static CardFeatures Of(CardText card, Decompounder decompounder)
    {
        var features = new CardFeatures(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var word in Words.Of(card.Title).Where(IsContent))
        {
            features.Add(word, decompounder, TitleWeight);
        }
        foreach (var word in Words.Of(card.Text).Where(IsContent))
        {
            features.Add(word, decompounder, 1);
        }
        return features;
    }

    void Add(string word, Decompounder decompounder, int times)
    {
        Count(Roots, LightStemmer.Root(word), times);
        foreach (var part in decompounder.Split(word))
        {
            Count(Roots, LightStemmer.Root(part), times);
        }
        var padded = "<" + word + ">";
        for (var n = MinimumGram; n <= MaximumGram; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                Count(Grams, padded.Substring(start, n), times);
            }
        }
    }

    static bool IsContent(string word) => word.Length >= 2 && !StopWords.Contains(word);

    static void Count(Dictionary<string, int> counts, string term, int times) =>
        counts[term] = counts.GetValueOrDefault(term) + times;
}
