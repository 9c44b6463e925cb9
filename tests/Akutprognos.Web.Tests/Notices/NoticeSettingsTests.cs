using Akutprognos.Web.Notices;

namespace Akutprognos.Web.Tests.Notices;

public sealed class NoticeSettingsTests
{
    [Fact]
    public void From_NothingStored_LateFeedsAfter36Hours()
    {
        Assert.Equal(36, NoticeSettings.From(new Dictionary<string, string>()).LateFeedHours);
    }

    [Fact]
    public void ToStored_LateFeedHours_ReadBackTheSame()
    {
        var settings = new NoticeSettings("a@example.org", "smtp.example.org", 587, "b@example.org", "starttls", "") { LateFeedHours = 12 };

        Assert.Equal(settings, NoticeSettings.From(settings.ToStored()));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(720, true)]
    [InlineData(721, false)]
    public void Problem_LateFeedHours_ZeroToThirtyDaysAccepted(int hours, bool accepted)
    {
        var settings = new NoticeSettings("", "", 25, "a@example.org", "auto", "") { LateFeedHours = hours };

        Assert.Equal(accepted, settings.Problem() is null);
    }
}
