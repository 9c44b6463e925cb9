using Akutprognos.Core.Series;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Arrivals;

/// <summary>Reading arrivals files; split by concern into partial files (shapes, DST, bad input).</summary>
public sealed partial class ArrivalsCsvReaderTests : IDisposable
{
    static readonly ArrivalsCsvOptions OneSite = new() { DefaultSite = "Södersjukhuset" };

    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    ArrivalsReadResult Read(string text, ArrivalsCsvOptions? options = null) =>
        new ArrivalsCsvReader(options ?? OneSite).Read(folder.Write("arrivals.csv", text));

    InputException Fails(string text, ArrivalsCsvOptions? options = null) =>
        Assert.Throws<InputException>(() => Read(text, options));

    static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    static HourlyArrivals Hour(string site, string utc, int count) => new(site, Utc(utc), count);
}
