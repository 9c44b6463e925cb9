using Akutprognos.Ingest.Arrivals;

namespace Akutprognos.Ingest.Tests.Arrivals;

public sealed partial class ArrivalsCsvReaderTests
{
    [Theory]
    [InlineData("when,n\n2024-03-05,1\n", 1, "found 'when', 'n'; expected 'date,count'")]
    [InlineData("timestamp,visits\n2024-03-05T10:00,1\n", 1, "no 'count' column")]
    [InlineData("date,timestamp,count\n2024-03-05,2024-03-05T10:00,1\n", 1, "both 'date' and 'timestamp'")]
    [InlineData("timestamp,count,Count\n2024-03-05T10:00,1,1\n", 1, "names the column 'count' twice")]
    [InlineData("timestamp,count\n2024-03-05T10:00,1\n2024-03-0x 11:00,2\n", 3, "cannot read '2024-03-0x 11:00' as a date or time")]
    [InlineData("date,count\n2024-02-28,1\n2024-02-30,2\n", 3, "the date 2024-02-30 does not exist")]
    [InlineData("date;count\n28.02.2023;1\n29.02.2023;2\n", 3, "the date 29.02.2023 does not exist")]
    [InlineData("date,count\n2024-03-05 10:00,1\n", 2, "daily counts need a date alone")]
    [InlineData("timestamp,count\n2024-03-05T10:00,1\n2024-03-05T11:00,-3\n", 3, "the count -3 is negative")]
    [InlineData("timestamp,count\n2024-03-05T10:00,12.5\n", 2, "the count '12.5' is not a whole number")]
    [InlineData("timestamp;count\n2024-03-05T10:00;12,5\n", 2, "the count '12,5' is not a whole number")]
    [InlineData("timestamp,count\n2024-03-05T10:00,many\n", 2, "the count 'many' is not a number")]
    [InlineData("timestamp,count\n2024-03-05T10:00,\n", 2, "the count is empty")]
    [InlineData("timestamp,count\n2024-03-05T10:00,1\n2024-03-05T11:00,2\n2024-03-05T10:00,3\n", 4, "has count 3 here but 1 on line 2")]
    [InlineData("date,count\n2024-03-05,1\n2024-03-05,2\n", 3, "has count 2 here but 1 on line 2")]
    [InlineData("timestamp,count\n2024-03-05T10:00,1,7\n", 2, "this line has 3 fields but the header has 2")]
    [InlineData("timestamp,count\n2024-03-05T10:30,1\n", 2, "not on the hour")]
    [InlineData("timestamp,count\n2024-03-05,1\n", 2, "a date without a time")]
    [InlineData("timestamp,count\n\n\n2024-03-05T10:00,x\n", 4, "'x' is not a number")]
    [InlineData("site,timestamp,count\n\"Söder\nsjukhuset\",2024-03-05T10:00,1\nA,2024-03-05T11:00,x\n", 4, "'x' is not a number")]
    [InlineData("site,timestamp,count\n,2024-03-05T10:00,1\n", 2, "the site is empty")]
    [InlineData("id,arrival\n7,2024-03-05 10:07\n8,2024-03-05 10:09\n7,2024-03-05 10:08\n", 4, "the visit on this line has the id of line 2 but arrives 2024-03-05 10:08 at Södersjukhuset, not 2024-03-05 10:07 at Södersjukhuset there")]
    [InlineData("id,arrival,site\n7,2024-03-05 10:07,A\n7,2024-03-05 10:07,B\n", 3, "at B, not 2024-03-05 10:07 at A there")]
    [InlineData("id,arrival\n,2024-03-05 10:07\n", 2, "the visit id is empty")]
    [InlineData("arrival\n2024-03-05\n", 2, "needs the arrival time")]
    public void Read_BadLine_FailsNamingLineAndProblem(string text, int line, string problem)
    {
        var error = Fails(text);

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{folder.PathOf("arrivals.csv")}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\n\n", "the file is empty")]
    [InlineData("timestamp,count\n", "the file has a header but no rows")]
    [InlineData("timestamp,count\n\n", "the file has a header but no rows")]
    public void Read_NoRows_FailsNamingTheFile(string text, string problem)
    {
        var error = Fails(text);

        Assert.Null(error.Line);
        Assert.Equal($"{folder.PathOf("arrivals.csv")}: {problem}", error.Message[..(error.Message.IndexOf(problem, StringComparison.Ordinal) + problem.Length)]);
    }

    [Fact]
    public void Read_NoSiteColumnAndNoDefault_FailsAskingForTheSite()
    {
        var error = Fails("timestamp,count\n2024-03-05T10:00,1\n", new ArrivalsCsvOptions());

        Assert.Null(error.Line);
        Assert.Contains("no 'site' column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MappedColumnMissing_FailsListingTheHeader()
    {
        var error = Fails("timestamp,count\n2024-03-05T10:00,1\n", OneSite with { TimeColumn = "arrival_1h" });

        Assert.Equal(1, error.Line);
        Assert.Contains("there is no column 'arrival_1h' for the time; the header has 'timestamp', 'count'", error.Message, StringComparison.Ordinal);
    }
}
