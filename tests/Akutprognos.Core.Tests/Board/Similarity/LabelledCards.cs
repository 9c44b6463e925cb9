using System.Text.Json;
using Akutprognos.Core.Board.Similarity;

namespace Akutprognos.Core.Tests.Board.Similarity;

/// <summary>A labelled card set from Board/Cards: cards, and for each card in a true pair its partner.</summary>
sealed record LabelledCards(IReadOnlyList<CardText> Cards, IReadOnlyDictionary<string, string> Partner)
{
    public static LabelledCards Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Board", "Cards", name)));
        var cards = new List<CardText>();
        var pairs = new Dictionary<string, List<string>>();
        foreach (var card in json.RootElement.GetProperty("cards").EnumerateArray())
        {
            var id = card.GetProperty("id").GetString()!;
            cards.Add(new CardText(id, card.GetProperty("department").GetString()!, card.GetProperty("title").GetString()!, card.GetProperty("text").GetString()!));
            if (card.TryGetProperty("pair", out var pair))
            {
                pairs.TryAdd(pair.GetString()!, []);
                pairs[pair.GetString()!].Add(id);
            }
        }
        var partner = new Dictionary<string, string>();
        foreach (var members in pairs.Values)
        {
            partner[members[0]] = members[1];
            partner[members[1]] = members[0];
        }
        return new LabelledCards(cards, partner);
    }

    public static LabelledCards Combine(params LabelledCards[] sets) => new(
        sets.SelectMany(s => s.Cards).ToList(),
        sets.SelectMany(s => s.Partner).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>For every card of a true pair: did its partner come first among all other cards? Misses listed for messages.</summary>
    public (int Hits, int Queries, IReadOnlyList<string> Misses) TopOne()
    {
        var index = CardSimilarity.Build(Cards);
        var misses = new List<string>();
        foreach (var (id, partner) in Partner)
        {
            var ranked = index.Similar(id);
            if (ranked[0].Id != partner)
            {
                var rank = ranked.ToList().FindIndex(s => s.Id == partner) + 1;
                misses.Add($"{id}: first {ranked[0].Id} {ranked[0].Score:F3}, partner {partner} rank {rank} {index.Score(id, partner):F3}");
            }
        }
        return (Partner.Count - misses.Count, Partner.Count, misses);
    }
}
