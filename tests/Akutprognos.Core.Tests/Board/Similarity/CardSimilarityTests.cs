using Akutprognos.Core.Board.Similarity;

namespace Akutprognos.Core.Tests.Board.Similarity;

public sealed class CardSimilarityTests
{
    static CardText Card(string id, string department, string title, string text = "") => new(id, department, title, text);

    [Fact]
    public void Similar_CompoundAndSimpleWord_RankedAboveUnrelated()
    {
        var index = CardSimilarity.Build([
            Card("hr", "HR", "Akutmottagningen har fel bemanning"),
            Card("ops", "Akutmottagningen", "Akuten får för lite personal"),
            Card("eko", "Ekonomi", "Budgeten för nästa år"),
        ]);

        var ranked = index.Similar("ops");

        Assert.Equal(["hr", "eko"], ranked.Select(s => s.Id));
        Assert.True(ranked[0].Score > ranked[1].Score);
    }

    [Fact]
    public void Similar_PersonalschemaAndSchemalaggning_Match()
    {
        var index = CardSimilarity.Build([
            Card("pv", "Primärvård", "Personalschemat görs för hand"),
            Card("rtg", "Röntgen", "Schemaläggningen tar en vecka"),
            Card("it", "IT", "Skrivarna i receptionen går sönder"),
        ]);

        Assert.Equal("rtg", index.Similar("pv")[0].Id);
    }

    [Fact]
    public void Score_IdenticalTextOtherDepartment_IsOne()
    {
        var index = CardSimilarity.Build([Card("a", "HR", "Sjukfrånvaron ökar"), Card("b", "Ekonomi", "Sjukfrånvaron ökar"), Card("c", "IT", "Servrar")]);

        Assert.Equal(1.0, index.Score("a", "b"), 9);
        Assert.InRange(index.Score("a", "c"), 0, 0.05);
    }

    [Fact]
    public void Score_SameDepartment_WeakerThanSameTextElsewhere()
    {
        var index = CardSimilarity.Build([Card("a", "HR", "Sjukfrånvaron ökar"), Card("b", "hr ", "Sjukfrånvaron ökar"), Card("c", "IT", "Sjukfrånvaron ökar")]);

        Assert.Equal(CardSimilarity.SameDepartmentFactor, index.Score("a", "b"), 9);
        Assert.Equal(["c", "b"], index.Similar("a").Select(s => s.Id));
    }

    [Fact]
    public void Similar_EmptyText_ScoresZeroWithoutFailing()
    {
        var index = CardSimilarity.Build([Card("a", "HR", ""), Card("b", "IT", "och att det")]);

        Assert.Equal(0.0, index.Similar("a").Single().Score);
    }

    [Fact]
    public void Build_DuplicateId_Throws() =>
        Assert.Throws<ArgumentException>(() => CardSimilarity.Build([Card("a", "HR", "x"), Card("a", "IT", "y")]));

    [Fact]
    public void Similar_UnknownId_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => CardSimilarity.Build([Card("a", "HR", "x")]).Similar("b"));
}
