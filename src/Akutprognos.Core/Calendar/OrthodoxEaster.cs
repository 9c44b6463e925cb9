using PublicHoliday;

namespace Akutprognos.Core.Calendar;

/// <summary>
/// Serbia's Easter holidays fall on Orthodox Easter. SerbianPublicHoliday (3.17) computes the Orthodox dates
/// in its GoodFriday/Easter/EasterMonday methods, but its holiday list holds the Western ones (the same days
/// as Denmark's); those three are replaced.
/// </summary>
internal static class OrthodoxEaster
{
    public static void Replace(List<MarkedDay> marks, int year)
    {
        DateOnly[] western =
        [
            DateOnly.FromDateTime(DenmarkPublicHoliday.GoodFriday(year)),
            DateOnly.FromDateTime(DenmarkPublicHoliday.Easter(year)),
            DateOnly.FromDateTime(DenmarkPublicHoliday.EasterMonday(year)),
        ];
        marks.RemoveAll(m => western.Contains(m.Date));
        marks.Add(new MarkedDay(DateOnly.FromDateTime(SerbianPublicHoliday.GoodFriday(year)), "Велики петак", DayKind.Holiday));
        marks.Add(new MarkedDay(DateOnly.FromDateTime(SerbianPublicHoliday.Easter(year)), "Васкрс", DayKind.Holiday));
        marks.Add(new MarkedDay(DateOnly.FromDateTime(SerbianPublicHoliday.EasterMonday(year)), "Васкрсни понедељак", DayKind.Holiday));
    }
}
