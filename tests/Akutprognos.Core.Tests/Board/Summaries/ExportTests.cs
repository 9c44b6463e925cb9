using System.Text.Json;
using Akutprognos.Core.Board.Summaries;

namespace Akutprognos.Core.Tests.Board.Summaries;

public sealed class ExportTests
{
    [Fact]
    public void Csv_RowPerCardEntryAndLink_FormulaDefused()
    {
        var csv = BoardExport.Csv(SampleBoard.Create());

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("card_id,card_title,department,kind,item,author,text", lines[0]);
        Assert.Contains("11,Vi bemannar aldrig akuten rätt,HR,challenge,idea,anders@region.se,Kalla in kvällen före", lines);
        Assert.Contains(lines, l => l.StartsWith("12,'=Köerna växer,Akutmottagningen,challenge,link,", StringComparison.Ordinal));
        Assert.Contains("\"Bakgrund: Schemat läggs efter magkänsla\nHinder: a < b & \"\"c\"\"\"", csv);
    }

    [Fact]
    public void Json_WholeBoard_ParsesBack()
    {
        using var json = JsonDocument.Parse(BoardExport.Json(SampleBoard.Create()));

        var root = json.RootElement;
        Assert.Equal("Tvärgruppen mars", root.GetProperty("meeting").GetProperty("title").GetString());
        Assert.Equal([4, 0], root.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("entries").GetArrayLength()));
        Assert.Equal("similar", root.GetProperty("links")[0].GetProperty("kind").GetString());
        Assert.Equal([11, 12], root.GetProperty("micro_projects")[0].GetProperty("card_ids").EnumerateArray().Select(i => i.GetInt64()));
    }

    [Fact]
    public void MicroProjects_AllFormats_NameCards()
    {
        var board = SampleBoard.Create();

        var md = MicroProjectExport.Markdown(board.MicroProjects, board.Cards);
        var csv = MicroProjectExport.Csv(board.MicroProjects, board.Cards);
        using var json = JsonDocument.Parse(MicroProjectExport.Json(board.MicroProjects));

        Assert.Contains("| Akutprognos | Ines IT | Pågår | Backtest | Vi bemannar aldrig akuten rätt (HR); =Köerna växer (Akutmottagningen) |", md);
        Assert.Contains("3,Akutprognos,Ines IT,running,Backtest,11 12,Vi bemannar aldrig akuten rätt (HR); =Köerna växer (Akutmottagningen),1", csv);
        Assert.Equal("running", json.RootElement.GetProperty("micro_projects")[0].GetProperty("status").GetString());
    }
}
