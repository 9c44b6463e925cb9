using Akutprognos.Ingest.Arrivals;

namespace Akutprognos.Ingest.Fhir;

/// <summary>How to read FHIR encounters: which sites are allowed and what "now" is.</summary>
public sealed record FhirEncounterOptions
{
    /// <summary>Configured sites and aliases; by default every name is accepted as written.</summary>
    public SiteDirectory Sites { get; init; } = SiteDirectory.Open;

    /// <summary>The clock that decides what is in the future.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
