namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Function words of Swedish and English that say nothing about a card's subject. Kept short on
/// purpose: IDF already weighs down words common on the board, this list only removes words common in
/// every text (the Snowball stop lists, trimmed).
/// </summary>
internal static class StopWords
{
    static readonly HashSet<string> Set = new(StringComparer.Ordinal)
    {
        // Swedish
        "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
        "inte", "om", "ett", "han", "hon", "hen", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "man",
        "när", "nu", "sin", "sina", "sitt", "där", "vid", "mot", "ska", "skulle", "ut", "får", "fick", "finns",
        "vara", "varit", "hade", "alla", "allt", "än", "här", "då", "sedan", "över", "bara", "vad", "hur", "varje",
        "vilket", "vilka", "vilken", "utan", "dem", "deras", "vår", "vårt", "våra", "oss", "blir", "blev", "mer",
        "mycket", "också", "eller", "efter", "under", "in", "upp", "ner", "dig", "du", "er", "ert", "era", "dess",
        "denna", "detta", "dessa", "något", "någon", "några", "ingen", "inga", "inget", "två", "tre", "ha", "gör",
        "görs", "göra", "även", "samma", "annan", "annat", "ju", "nog", "redan", "sig", "sin", "vill", "måste",
        "eftersom", "medan", "innan", "mellan", "hos", "per", "emot", "ofta", "aldrig", "sällan", "ej",
        // English
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were", "be", "been",
        "with", "at", "by", "from", "it", "its", "this", "that", "these", "those", "we", "our", "us", "they",
        "their", "them", "not", "no", "every", "each", "more", "many", "much", "some", "any", "as", "but", "if",
        "then", "than", "so", "too", "very", "can", "cannot", "has", "have", "had", "do", "does", "did", "who",
        "what", "which", "when", "where", "how", "all", "into", "out", "up", "about", "after", "before", "never",
        "keep", "keeps", "nobody", "there", "here", "other", "others", "same",
    };

    public static bool Contains(string word) => Set.Contains(word);
}
