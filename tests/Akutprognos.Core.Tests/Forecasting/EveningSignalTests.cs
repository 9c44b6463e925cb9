using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class EveningSignalTests
{
    static IEnumerable<HourlyVisitors> Day(DateOnly date, int perHour) =>
        LocalDays.HoursOf(date, LocalDays.Stockholm).Select(h => new HourlyVisitors("all", h, perHour));

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2024-10-27")]
    public void Indexer_DstDay_SumsSixLocalEveningHours(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var signal = EveningSignal.FromHours(Day(day, 100), LocalDays.Stockholm);

        Assert.Equal(600, signal[day]);
    }

    [Fact]
    public void Indexer_OneEveningHourMissing_IsNaNWithCount()
    {
        var day = new DateOnly(2024, 5, 2);
        var twenty = LocalDays.ToInstant(day.ToDateTime(new TimeOnly(20, 0)), LocalDays.Stockholm);
        var signal = EveningSignal.FromHours(Day(day, 100).Where(h => h.Hour != twenty), LocalDays.Stockholm);

        Assert.True(double.IsNaN(signal[day]));
        Assert.Equal(1, signal.MissingHours(day));
        Assert.Equal(6, signal.MissingHours(day.AddDays(5)));
    }
}
