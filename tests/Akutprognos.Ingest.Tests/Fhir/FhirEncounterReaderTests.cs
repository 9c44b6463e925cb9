using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Fhir;
using Akutprognos.Ingest.Visits;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Fhir;

public sealed class FhirEncounterReaderTests : IDisposable
{
    readonly ScratchFolder folder = new();
    readonly VisitIdKey key;

    public FhirEncounterReaderTests() => key = VisitIdKey.LoadOrCreate(folder.PathOf("key"));

    public void Dispose() => folder.Dispose();

    static string Encounter(string id, string classCode, string start, string site = """ "serviceProvider": {"display": "Danderyd"} """) =>
        $$"""{"resourceType": "Encounter", "id": "{{id}}", "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "{{classCode}}"}, "period": {"start": "{{start}}"}, {{site}}}""";

    [Fact]
    public void Read_Ndjson_EmergencyEncountersOnlyWithSiteFallbacks()
    {
        var file = folder.Write("enc.ndjson", string.Join("\n",
            Encounter("e1", "EMER", "2024-03-05T14:07:00+01:00"),
            Encounter("e2", "IMP", "2024-03-05T15:00:00+01:00"),
            Encounter("e3", "EMER", "2024-03-05T13:30:00Z", """ "location": [{"location": {"display": "S:t Göran"}}] """),
            Encounter("e4", "EMER", "2024-03-05T16:00:00+01:00", """ "serviceProvider": {"reference": "Organization/123"} """)));
        var stream = new FhirEncounterReader(new FhirEncounterOptions(), key).Read(file, 0);

        var visits = stream.Visits.ToList();

        Assert.Equal(["Danderyd", "S:t Göran", "Organization/123"], visits.Select(v => v.Site));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 13, 7, 0, TimeSpan.Zero), visits[0].Arrival);
        Assert.Equal([1, 3, 4], visits.Select(v => VisitStream.Locate(v.Origin).Line));
        Assert.Equal(key.Hash("e1"), visits[0].Key);
        Assert.Contains("1 Encounter class IMP", stream.Summary);
    }

    [Fact]
    public void Read_AliasOfConfiguredSite_StoredUnderConfiguredName()
    {
        var sites = new SiteDirectory(new Dictionary<string, IReadOnlyList<string>> { ["Danderyds sjukhus"] = ["Danderyd", "DS"] }, onlyKnown: true);
        var file = folder.Write("enc.ndjson", Encounter("e1", "EMER", "2024-03-05T14:07:00+01:00"));

        var visit = Assert.Single(new FhirEncounterReader(new FhirEncounterOptions { Sites = sites }, key).Read(file, 0).Visits);

        Assert.Equal("Danderyds sjukhus", visit.Site);
    }

    [Fact]
    public void Read_DateWithoutTime_ErrorNamesResourceAndLine()
    {
        var file = folder.Write("enc.ndjson", Encounter("e1", "EMER", "2024-03-05T14:07:00+01:00") + "\n" + Encounter("e7", "EMER", "2024-03-05"));

        var error = Assert.Throws<InputException>(() => new FhirEncounterReader(new FhirEncounterOptions(), key).Read(file, 0).Visits.ToList());

        Assert.Equal(2, error.Line);
        Assert.StartsWith("Encounter period.start", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("e7", error.Message, StringComparison.Ordinal);
        Assert.Contains("no time of day", error.Problem);
    }
}
