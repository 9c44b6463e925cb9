using Akutprognos.Core.Board.Similarity;

namespace Akutprognos.Core.Tests.Board.Similarity;

public sealed class TextAnalysisTests
{
    [Fact]
    public void Of_PunctuationAndHyphens_SplitWords() =>
        Assert.Equal(["åtgärd", "cafe", "ärende", "mr", "kameran", "ö", "24"], Words.Of("Åtgärd: CAFÉ-ärende; MR-kameran Ø 24!"));

    [Fact]
    public void Fold_AcuteAccentRemoved_RingAndDiaeresisOnSwedishVowelsKept()
    {
        Assert.Equal("cafe", Words.Fold("Café"));
        Assert.Equal("åäö", Words.Fold("ÅÄÖ"));
        Assert.Equal("muller", Words.Fold("Müller"));
    }

    [Theory]
    [InlineData("scheman", "schemat")]
    [InlineData("akuten", "akut")]
    [InlineData("bemanning", "bemannar")]
    [InlineData("patienterna", "patienten")]
    [InlineData("staffing", "staff")]
    public void Root_InflectedForms_Meet(string first, string second) =>
        Assert.Equal(LightStemmer.Root(first), LightStemmer.Root(second));

    [Fact]
    public void Root_ShortWord_KeepsThreeLetters() => Assert.Equal("kö", LightStemmer.Root("kö"));

    [Theory]
    [InlineData("personalschemat", "personal", "schemat")]
    [InlineData("akutmottagningen", "akut", "mottagningen")]
    [InlineData("vaccinationsviljan", "vaccinations", "viljan")]
    public void Split_CompoundOfKnownParts_Parts(string word, string head, string tail) =>
        Assert.Equal([head, tail], new Decompounder(["viljan"]).Split(word));

    [Fact]
    public void Split_ThreeParts_AllParts() =>
        Assert.Equal(["sjuk", "löne", "kostnaderna"], new Decompounder([]).Split("sjuklönekostnaderna"));

    [Fact]
    public void Split_KnownHeadUnknownTail_HeadAndTail() =>
        Assert.Equal(["schema", "läggningen"], new Decompounder([]).Split("schemaläggningen"));

    [Fact]
    public void Split_UnknownWord_Empty() => Assert.Empty(new Decompounder([]).Split("xylofonbrus"));
}
