namespace Akutprognos.Core.Board.Similarity;

/// <summary>A unit-length sparse vector of term weights; the dot product of two is their cosine.</summary>
internal sealed class SparseVector(Dictionary<string, double> weights)
{
    readonly Dictionary<string, double> weights = weights;

    public double Dot(SparseVector other)
    {
        var (small, large) = weights.Count <= other.weights.Count ? (weights, other.weights) : (other.weights, weights);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var w))
            {
                sum += weight * w;
            }
        }
        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>Sublinear TF times smoothed IDF over <paramref name="documents"/>, each scaled to unit length (empty stays empty).</summary>
    public static SparseVector[] TfIdf(IReadOnlyList<Dictionary<string, int>> documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Keys))
        {
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }
        var n = documents.Count;
        return documents.Select(document =>
        {
            var weights = document.ToDictionary(
                t => t.Key,
                t => (1 + Math.Log(t.Value)) * (Math.Log((1.0 + n) / (1.0 + frequency[t.Key])) + 1),
                StringComparer.Ordinal);
            var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
            if (norm > 0)
            {
                foreach (var term in weights.Keys.ToList())
                {
                    weights[term] /= norm;
                }
            }
            return new SparseVector(weights);
        }).ToArray();
    }
}
