using System.Text.Json;
using System.Text.RegularExpressions;
using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Visits;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace Akutprognos.Ingest.Fhir;

/// <summary>
/// Reads ED visits from FHIR R4 JSON with the Firely SDK, validating each resource as it is deserialised
/// (strict mode: unknown elements, impossible dates and bad codes are errors). A file is bulk-data NDJSON
/// (one resource per line, streamed) when its first line is a whole JSON object, else one JSON document,
/// typically a Bundle, read whole. Encounters of class EMER are visits; other encounters and resource types
/// are skipped and counted. Errors name the resource type and its line or Bundle entry, never its id.
/// </summary>
public sealed partial class FhirEncounterReader(FhirEncounterOptions options, VisitIdKey key)
{
    readonly FhirJsonDeserializer deserializer = new(new DeserializerSettings());

    /// <summary>True when the file's first character (after a byte-order mark and white space) is '{'.</summary>
    public static bool LooksLikeJson(string path)
    {
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            int c;
            while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
            {
            }
            return c == '{';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"the file cannot be opened ({e.Message}).");
        }
    }

    public VisitStream Read(string path, int fileIndex) => new(path, fileIndex, stream => Visits(stream, path, fileIndex));

    IEnumerable<Visit> Visits(VisitStream stream, string path, int fileIndex)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var visits = 0;
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var first = reader.ReadLine();
        while (first is not null && string.IsNullOrWhiteSpace(first))
        {
            first = reader.ReadLine();
        }
        if (first is null)
        {
            throw new InputException(path, null, "the file is empty; expected a FHIR Bundle or NDJSON of Encounter resources.");
        }
        var lines = first.Trim() is ['{', .., '}'];
        IEnumerable<(Resource Resource, int Origin)> resources = lines
            ? NdjsonResources(path, first, reader)
            : DocumentResources(path, first + "\n" + reader.ReadToEnd(), stream);
        foreach (var (resource, origin) in resources)
        {
            if (resource is not Encounter encounter)
            {
                Count(skipped, resource.TypeName);
                continue;
            }
            if (EncounterVisit.SkipReason(encounter) is { } reason)
            {
                Count(skipped, "Encounter " + reason);
                continue;
            }
            Visit visit;
            try
            {
                var site = EncounterVisit.Site(encounter);
                visit = new Visit(
                    key.Hash(EncounterVisit.Id(encounter)),
                    options.Sites.Resolve(site) ?? throw new FormatException($"names the unknown site '{site}'; the configured sites are {options.Sites.Listing()}."),
                    EncounterVisit.Arrival(encounter, options.Clock, options.FutureMargin), null, null, VisitStream.Origin(fileIndex, origin));
            }
            catch (FormatException e)
            {
                throw Error(path, lines ? origin : null, lines ? null : origin, EncounterVisit.Name(encounter), e.Message);
            }
            visits++;
            yield return visit;
        }
        var others = skipped.Count == 0 ? "" : "; skipped " + string.Join(", ", skipped.Select(s => $"{s.Value} {s.Key}"));
        stream.Summary = FormattableString.Invariant($"{visits} ED encounters, FHIR {(lines ? "NDJSON" : "JSON")}{others}");
    }

    IEnumerable<(Resource, int)> NdjsonResources(string path, string first, StreamReader reader)
    {
        var number = 1;
        for (var line = first; line is not null; line = reader.ReadLine(), number++)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var resource = Deserialize(path, line, number);
            foreach (var entry in Entries(resource))
            {
                yield return (entry, number);
            }
        }
    }

    IEnumerable<(Resource, int)> DocumentResources(string path, string json, VisitStream stream)
    {
        var resource = Deserialize(path, json, line: null);
        if (resource is Bundle)
        {
            stream.Unit = "entry";
        }
        return Entries(resource).Select((r, i) => (r, resource is Bundle ? i + 1 : 1));
    }

    static IEnumerable<Resource> Entries(Resource resource) =>
        resource is Bundle bundle ? bundle.Entry.Select(e => e.Resource).OfType<Resource>() : [resource];

    Resource Deserialize(string path, string json, int? line)
    {
        Resource? resource;
        IEnumerable<CodedException> issues;
        try
        {
            deserializer.TryDeserializeResource(json, out resource, out issues);
        }
        catch (JsonException e)
        {
            var where = line ?? (int?)(e.LineNumber + 1);
            throw new InputException(path, where, $"not valid JSON, perhaps a truncated file ({e.Message.Split(" LineNumber:")[0]}).");
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // The SDK fails this way on some malformed JSON (an empty property name) instead of reporting an issue.
            throw new InputException(path, line, $"not a FHIR resource the reader can make sense of ({e.GetType().Name} in the FHIR library).");
        }
        var problem = issues.FirstOrDefault();
        if (problem is null && resource is not null)
        {
            return resource;
        }
        var at = problem as ExtendedCodedException;
        var entry = at?.InstancePath is { } instancePath && EntryIndex().Match(instancePath) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        var failing = entry >= 0 && resource is Bundle bundle && entry < bundle.Entry.Count ? bundle.Entry[entry].Resource : resource;
        var name = failing is null ? "the resource" : EncounterVisit.Name(failing);
        var message = (at?.BaseErrorMessage ?? problem?.Message ?? "it is not a FHIR resource").TrimEnd('.');
        var fhirPath = at?.InstancePath is { } p ? $" at {p}" : "";
        throw Error(path, line ?? (at?.LineNumber is { } l ? (int)l : null), entry >= 0 ? entry + 1 : null, name, $"fails validation: {message}{fhirPath}.");
    }

    static InputException Error(string path, int? line, int? entry, string resource, string problem)
    {
        var where = entry is { } e ? FormattableString.Invariant($"entry {e}, ") : "";
        return new InputException(path, line, $"{where}{resource} {problem}");
    }

    static void Count(SortedDictionary<string, int> skipped, string what) => skipped[what] = skipped.GetValueOrDefault(what) + 1;

    [GeneratedRegex(@"entry\[(\d+)\]")]
    private static partial Regex EntryIndex();
}
