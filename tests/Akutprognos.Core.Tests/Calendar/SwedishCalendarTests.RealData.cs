using System.Globalization;
using Akutprognos.TestSupport;

namespace Akutprognos.Core.Tests.Calendar;

// Checked against holidata.net's sv-SE list. Its type codes (N national, R religious, F fixed, V variable)
// do not tell holidays from eves, so the kind is read from the name: "…afton" is an eve.
public sealed partial class SwedishCalendarTests
{
    const string HolidataFile = "holidays-se/sv-SE_2011-2027.csv";

    [SkippableFact]
    public void Describe_EveryDateInHolidataList_SameKindAndName()
    {
        var rows = ReadHolidata();
        Assert.True(rows.Count > 200, $"expected over 200 rows, read {rows.Count}");
        foreach (var (date, name) in rows)
        {
            var day = calendar.Describe(date);
            var isEve = name.EndsWith("afton", StringComparison.Ordinal);
            Assert.True(name == day.HolidayName, $"{date:O}: list says '{name}', calendar says '{day.HolidayName}'");
            Assert.True(isEve == day.IsEve, $"{date:O} {name}: IsEve {day.IsEve}");
            Assert.True(!isEve == day.IsHoliday, $"{date:O} {name}: IsHoliday {day.IsHoliday}");
        }
    }

    [SkippableFact]
    public void Describe_YearsOfHolidataList_NoHolidaysOrEvesItLacks()
    {
        var rows = ReadHolidata();
        var listed = rows.Select(row => row.Date).ToHashSet();
        var years = rows.Select(row => row.Date.Year).Distinct().ToList();
        Assert.Equal(16, years.Count);
        foreach (var year in years)
        {
            for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
            {
                var day = calendar.Describe(date);
                // Påskafton is an eve in practice (shops and primary care closed) though holidata omits it.
                var expectedExtra = day.HolidayName == "Påskafton";
                Assert.True(!(day.IsHoliday || day.IsEve) || listed.Contains(date) || expectedExtra,
                    $"{date:O} '{day.HolidayName}' is marked but not in the list");
            }
        }
    }

    static List<(DateOnly Date, string Name)> ReadHolidata()
    {
        var path = RealData.RequireFile(HolidataFile);
        var rows = new List<(DateOnly, string)>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(line => line.Length > 0))
        {
            // "locale","region","date","description","type","notes" — no field holds a comma.
            var fields = line.Split(',').Select(field => field.Trim('"')).ToArray();
            Assert.Equal(6, fields.Length);
            rows.Add((DateOnly.ParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), fields[3]));
        }
        return rows;
    }
}
