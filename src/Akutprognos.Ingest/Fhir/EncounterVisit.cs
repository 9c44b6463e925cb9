using Hl7.Fhir.Model;

namespace Akutprognos.Ingest.Fhir;

/// <summary>
/// What an R4 Encounter says about an ED arrival: whether it is one (class EMER of v3 ActCode, a status
/// other than planned, cancelled or entered-in-error), when (period.start), where and which visit.
/// </summary>
internal static class EncounterVisit
{
    const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>Why the encounter is not an ED arrival (e.g. "class IMP"), or null when it is one.</summary>
    public static string? SkipReason(Encounter encounter)
    {
        var coding = encounter.Class;
        if (coding?.Code != "EMER" || (coding.System is { } system && system != ActCode))
        {
            return $"class {coding?.Code ?? "(none)"}";
        }
        return encounter.Status is Encounter.EncounterStatus.Planned or Encounter.EncounterStatus.Cancelled or Encounter.EncounterStatus.EnteredInError
            ? $"status {encounter.StatusElement.JsonValue}"
            : null;
    }

    /// <summary>The arrival instant; a problem sentence when there is none usable.</summary>
    public static DateTimeOffset Arrival(Encounter encounter, TimeProvider clock, TimeSpan futureMargin)
    {
        var start = encounter.Period?.StartElement;
        if (start?.Value is not { } text)
        {
            throw new FormatException("has no period.start, the arrival time.");
        }
        if (text.Length <= 10 || !start.TryToDateTimeOffset(out var arrival))
        {
            throw new FormatException($"period.start '{text}' has no time of day; an arrival needs one.");
        }
        if (arrival > clock.GetUtcNow() + futureMargin)
        {
            throw new FormatException($"period.start '{text}' is in the future.");
        }
        return arrival;
    }

    /// <summary>serviceProvider's display, else the first location's display, else their references.</summary>
    public static string Site(Encounter encounter)
    {
        var location = encounter.Location.FirstOrDefault()?.Location;
        return new[] { encounter.ServiceProvider?.Display, location?.Display, encounter.ServiceProvider?.Reference, location?.Reference }
                .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))
            ?? throw new FormatException("names no site: it has neither serviceProvider nor location.");
    }

    /// <summary>The visit's id: the first identifier with a value (the visit number in the source system), else the resource id.</summary>
    public static string Id(Encounter encounter) =>
        encounter.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value))?.Value
        ?? (string.IsNullOrWhiteSpace(encounter.Id) ? throw new FormatException("has neither an id nor an identifier, so it cannot be counted once.") : encounter.Id);

    /// <summary>
    /// The resource as messages name it: its type alone. Its id (<c>Encounter/ENC-123</c>) is often the visit
    /// number and must not reach a terminal or log; the message gives the line or Bundle entry instead.
    /// </summary>
    public static string Name(Resource resource) => resource.TypeName;
}
