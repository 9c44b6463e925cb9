using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Akutprognos.Core.Calendar;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>
/// Random ED visits over three weeks around the spring clock change, and the same visits written as a
/// Swedish-style CSV and as a FHIR Bundle; the truth is their count per site and Stockholm date.
/// </summary>
sealed class GeneratedVisits
{
    static readonly string[] Sites = ["Södersjukhuset", "S:t Göran", "Danderyd", "Norrtälje"];

    GeneratedVisits(List<(string Id, string Site, DateTimeOffset Arrival)> visits) => Visits = visits;

    public IReadOnlyList<(string Id, string Site, DateTimeOffset Arrival)> Visits { get; }

    public static GeneratedVisits Create(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero);
        var visits = Enumerable.Range(0, count)
            .Select(i => ($"V{i:000000}", Sites[random.Next(Sites.Length)], start.AddMinutes(random.Next(21 * 24 * 60))))
            .ToList();
        return new GeneratedVisits(visits);
    }

    /// <summary>The expected <c>export arrivals --daily</c>, computed here from the instants alone.</summary>
    public string DailyTruth()
    {
        var text = new StringBuilder("site,date,count\n");
        foreach (var day in Visits
            .GroupBy(v => (v.Site, Date: LocalDays.DateOf(v.Arrival, LocalDays.Stockholm)))
            .OrderBy(g => g.Key.Site, StringComparer.Ordinal).ThenBy(g => g.Key.Date))
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.Key.Site},{day.Key.Date:yyyy-MM-dd},{day.Count()}\n");
        }
        return text.ToString();
    }

    /// <summary><c>arrival;site;id</c>, Windows-1252, local clock times written dd.mm.yyyy HH:MM.</summary>
    public byte[] SwedishCsv()
    {
        var text = new StringBuilder("arrival;site;id\r\n");
        foreach (var (id, site, arrival) in Visits)
        {
            var local = TimeZoneInfo.ConvertTime(arrival, LocalDays.Stockholm);
            text.Append(CultureInfo.InvariantCulture, $"{local:dd.MM.yyyy HH:mm};{site};{id}\r\n");
        }
        return CodePages.Windows1252.GetBytes(text.ToString());
    }

    /// <summary>A FHIR R4 collection Bundle of EMER encounters with a few non-ED encounters and another resource type.</summary>
    public string FhirBundle()
    {
        var entries = new JsonArray();
        foreach (var (id, site, arrival) in Visits)
        {
            entries.Add(Entry(Encounter(id, site, arrival, "EMER")));
        }
        entries.Add(Entry(Encounter("inpatient-1", Sites[0], Visits[0].Arrival, "IMP")));
        entries.Add(Entry(new JsonObject { ["resourceType"] = "Patient", ["id"] = "p1" }));
        return new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries }.ToJsonString();
    }

    public static JsonObject Encounter(string id, string site, DateTimeOffset arrival, string classCode) => new()
    {
        ["resourceType"] = "Encounter",
        ["id"] = id,
        ["status"] = "finished",
        ["class"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ActCode", ["code"] = classCode },
        ["period"] = new JsonObject { ["start"] = TimeZoneInfo.ConvertTime(arrival, LocalDays.Stockholm).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) },
        ["serviceProvider"] = new JsonObject { ["reference"] = "Organization/" + site.Length, ["display"] = site },
    };

    static JsonObject Entry(JsonObject resource) => new() { ["resource"] = resource };
}
