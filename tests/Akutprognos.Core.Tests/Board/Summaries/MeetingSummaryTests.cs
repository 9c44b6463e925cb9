using Akutprognos.Core.Board.Summaries;

namespace Akutprognos.Core.Tests.Board.Summaries;

public sealed class MeetingSummaryTests
{
    [Fact]
    public void Html_EveryCardWithEntriesAndProjectLinksBack()
    {
        var html = MeetingHtml.Summary(SampleBoard.Create());

        Assert.Contains("<section class=\"card\" id=\"kort-11\">", html);
        Assert.Contains("<h3>Vi bemannar aldrig akuten rätt</h3>", html);
        Assert.Contains("<h3>=Köerna växer</h3>", html);
        Assert.Contains("Kalla in kvällen före — Anders Akut", html);
        Assert.Contains("Bra, men hur vet vi? — Ines IT", html);
        Assert.Contains("Samma problem som akuten", html);
        Assert.Contains("Prognos från kvällens webbesök", html);
        Assert.Contains("Vi har en liknande utmaning: <a href=\"#kort-11\">", html);
        Assert.Contains("<dt>Kort</dt><dd><a href=\"#kort-11\">Vi bemannar aldrig akuten rätt</a>, <a href=\"#kort-12\">=Köerna växer</a></dd>", html);
        Assert.Contains("tisdag 11 mars 2025 13:00–14:30", html);
    }

    [Fact]
    public void Html_UserText_Encoded()
    {
        var html = MeetingHtml.Summary(SampleBoard.Create());

        Assert.Contains("a &lt; b &amp; &quot;c&quot;", html);
        Assert.DoesNotContain("a < b", html);
    }

    [Fact]
    public void Markdown_EveryCardEntriesAndAnchors()
    {
        var md = MeetingMarkdown.Summary(SampleBoard.Create());

        Assert.Contains("### <a id=\"kort-12\"></a>=Köerna växer", md);
        Assert.Contains("- Kalla in kvällen före — Anders Akut", md);
        Assert.Contains("**Moderatorns anteckningar:**\n\n- Samma problem som akuten", md);
        Assert.Contains("**Kort:** [Vi bemannar aldrig akuten rätt](#kort-11), [=Köerna växer](#kort-12)", md);
        Assert.Contains("a \\< b \\& \"c\"", md);
    }
}
