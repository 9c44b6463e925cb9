using Akutprognos.Core.Board;

namespace Akutprognos.Core.Tests.Board;

public sealed class BoardTextTests
{
    [Theory]
    [InlineData("Hej<script>alert(1)</script> då", "Hej då")]
    [InlineData("<img src=x onerror=alert(1)>Kön växer", "Kön växer")]
    [InlineData("<b>Viktigt</b>: <a href=\"javascript:alert(1)\">länk</a>", "Viktigt: länk")]
    [InlineData("<scr<b></b>ipt>alert(1)</script>kvar", "")] // the joined <script> has lost its end tag: the rest goes with it
    [InlineData("före<!-- <script>x</script> -->efter", "föreefter")]
    [InlineData("<style>body{display:none}</style>Text", "Text")]
    [InlineData("a < b och 3<5 & c > d", "a < b och 3<5 & c > d")]
    [InlineData("  rad ett\r\nrad två\u0007\u200B  ", "rad ett\nrad två")]
    public void Clean_Markup_RemovedPlainTextKept(string input, string expected) => Assert.Equal(expected, BoardText.Clean(input, "Text"));

    [Fact]
    public void Clean_NoTagSurvives_AfterAnyNesting()
    {
        var clean = BoardText.Clean("<<script>script>alert(1)<</script>/script><svg/onload=alert(1)>", "Text");

        Assert.DoesNotMatch("<[a-zA-Z/!?]", clean);
    }

    [Fact]
    public void Required_OnlyMarkup_Throws() => Assert.Throws<ArgumentException>(() => BoardText.Required("<b></b>", "Title"));

    [Fact]
    public void Clean_TooLong_Throws() => Assert.Throws<ArgumentException>(() => BoardText.Clean(new string('x', 201), "Title", 200));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("video.region.se/rum")]
    public void WebLink_NotHttp_Throws(string link) => Assert.Throws<ArgumentException>(() => BoardText.WebLink(link, "Video link"));

    [Fact]
    public void WebLink_Https_Kept() => Assert.Equal("https://video.region.se/rum?id=4", BoardText.WebLink("https://video.region.se/rum?id=4", "Video link")!.ToString());
}
