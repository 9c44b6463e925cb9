namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Text similarity between board cards, for Swedish and English: TF-IDF over two blocks of terms —
/// word roots (a light Swedish stemmer plus a decompounder, so "personalschemat" meets "schemaläggning")
/// and character 3–5-grams of words — each weighted with sublinear term frequency (1 + ln tf) and smoothed
/// IDF (ln((1 + N) / (1 + df)) + 1, as scikit-learn's TfidfVectorizer), scored by cosine similarity per
/// block and mixed as <see cref="RootShare"/> · roots + (1 − <see cref="RootShare"/>) · grams.
/// IDF is taken over the cards given, so build one index over everything a suggestion may point at
/// (this meeting's and earlier meetings' cards). The department is deliberately not a feature: the
/// board's purpose is to find the same problem in another department.
/// </summary>
public sealed class CardSimilarity
{
    /// <summary>Weight of the word-root block in the score; the character n-gram block has the rest.</summary>
    public const double RootShare = 0.5;

    /// <summary>
    /// Scores between two cards of one department are multiplied by this: a weak preference for the
    /// other departments' cards, which are what the board is for, small enough that a clearly closer
    /// card of the same department still comes first.
    /// </summary>
    public const double SameDepartmentFactor = 0.9;

    readonly IReadOnlyList<CardText> cards;
    readonly SparseVector[] roots;
    readonly SparseVector[] grams;
    readonly Dictionary<string, int> indexOf;

    CardSimilarity(IReadOnlyList<CardText> cards, SparseVector[] roots, SparseVector[] grams, Dictionary<string, int> indexOf)
    {
        this.cards = cards;
        this.roots = roots;
        this.grams = grams;
        this.indexOf = indexOf;
    }

    /// <summary>The cards indexed, in the order given.</summary>
    public IReadOnlyList<CardText> Cards => cards;

    /// <summary>Indexes <paramref name="cards"/>; throws <see cref="ArgumentException"/> on a duplicate id.</summary>
    public static CardSimilarity Build(IReadOnlyList<CardText> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++)
        {
            if (!indexOf.TryAdd(cards[i].Id, i))
            {
                throw new ArgumentException($"Two cards have the id '{cards[i].Id}'.", nameof(cards));
            }
        }
        var decompounder = new Decompounder(cards.SelectMany(CardFeatures.ContentWords));
        var features = cards.Select(c => CardFeatures.Of(c, decompounder)).ToList();
        return new CardSimilarity(
            cards,
            SparseVector.TfIdf(features.Select(f => f.Roots).ToList()),
            SparseVector.TfIdf(features.Select(f => f.Grams).ToList()),
            indexOf);
    }

    /// <summary>The similarity of two indexed cards, in [0, 1]; 1 for identical text.</summary>
    public double Score(string firstId, string secondId) => Score(Index(firstId), Index(secondId));

    /// <summary>Every other card by similarity to <paramref name="id"/>, best first (ties by id, ordinal).</summary>
    public IReadOnlyList<SimilarCard> Similar(string id)
    {
        var i = Index(id);
        return Enumerable.Range(0, cards.Count)
            .Where(j => j != i)
            .Select(j => new SimilarCard(cards[j].Id, Score(i, j)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    double Score(int i, int j)
    {
        var text = RootShare * roots[i].Dot(roots[j]) + (1 - RootShare) * grams[i].Dot(grams[j]);
        return SameDepartment(i, j) ? text * SameDepartmentFactor : text;
    }

    bool SameDepartment(int i, int j) =>
        cards[i].Department.Length > 0 && string.Equals(cards[i].Department.Trim(), cards[j].Department.Trim(), StringComparison.OrdinalIgnoreCase);

    int Index(string id) => indexOf.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No card has the id '{id}'.");
}
