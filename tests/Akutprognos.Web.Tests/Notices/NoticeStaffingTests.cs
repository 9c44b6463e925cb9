using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Schedule;

namespace Akutprognos.Web.Tests.Notices;

public sealed class NoticeStaffingTests
{
    [Fact]
    public void After_RunWithStaffingPlan_ListsEveryRecommendedChangeWithItsNumbers()
    {
        var demo = DemoDatabase.Instance;
        using var folder = new ScratchFolder();
        using var database = AkutprognosDatabase.Open(folder.PathOf("staffing.db"));
        var plan = DemoStaffing.Plan(database);
        var zone = Core.Calendar.LocalDays.Stockholm;
        var changes = plan.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count));

        var notice = Notice.After(demo.Tomorrow, new RunOutcome(true, "test", [], plan), zone);

        Assert.True(changes > 0, "the demo roster is built to need changes");
        Assert.Contains("Staffing:\n", notice.Text, StringComparison.Ordinal);
        var lines = notice.Text.Split('\n').Where(l => l.Contains("call in", StringComparison.Ordinal) || l.Contains("can be released", StringComparison.Ordinal)).ToList();
        Assert.Equal(changes, lines.Count);
        Assert.All(lines, l => Assert.Contains("arrivals expected", l, StringComparison.Ordinal));
    }

    [Fact]
    public void After_RunWithoutPlan_SaysSo()
    {
        var notice = Notice.After(new DateOnly(2026, 11, 29), new RunOutcome(true, "test", []));

        Assert.Contains("no staffing plan stored", notice.Text, StringComparison.Ordinal);
    }
}
