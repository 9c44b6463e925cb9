using System.Globalization;
using System.Text.RegularExpressions;
using Akutprognos.Core.Board;
using Akutprognos.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Akutprognos.Web.Tests.Board;

public sealed partial class BoardTextTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Fact]
    public void EveryBoardPageText_HasASwedishTranslation()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Akutprognos.Web", "Board");
        var keys = Directory.GetFiles(folder, "*.cshtml")
            .SelectMany(file => Literal().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Concat([Web.Board.BoardMail.NotConfigured, Web.Board.BoardMail.SummarySent, Web.Board.BoardMail.InvitationSent, Web.Board.BoardMail.UpdateSent, "reader"])
            // The texts the pages compute: kinds of card (and their plurals), of entry, roles and statuses.
            .Concat(Enum.GetValues<CardKind>().SelectMany(k => new[] { k.ToString(), k + "s" }))
            .Concat(Enum.GetValues<EntryKind>().Select(k => k.ToString()))
            .Concat(Enum.GetValues<BoardRole>().Select(r => r.ToString().ToLowerInvariant()))
            .Concat(Enum.GetValues<MicroProjectStatus>().Select(Web.Board.BoardForms.StatusText))
            .Concat(new CardDetails("b", "c", "d", "o", "t", "g", "w").NamedFields().Select(f => f.Name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var text = demo.App.Services.GetRequiredService<IStringLocalizer<Text>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv");
            Assert.True(keys.Count > 60, $"{keys.Count} texts found");
            Assert.Equal([], keys.Where(k => text[k].ResourceNotFound).ToArray());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Akutprognos.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Akutprognos.slnx) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""T\["([^"]+)"\]""")]
    private static partial Regex Literal();
}
