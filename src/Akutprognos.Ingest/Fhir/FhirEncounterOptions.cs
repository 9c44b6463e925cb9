using Akutprognos.Ingest.Arrivals;

namespace Akutprognos.Ingest.Fhir;

/// <summary>How to read FHIR encounters: which sites are allowed and what "now" is.</summary>
public sealed record FhirEncounterOptions
{
    /// <summary>Configured sites and aliases; by default every name is accepted as written.</summary>
    public SiteDirectory Sites { get; init; } = SiteDirectory.Open;

    /// <summary>The clock that decides what is in the future (arrivals after it, plus <see cref="FutureMargin"/>, are refused).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How far past <see cref="Clock"/>'s now a time may lie before it is refused as in the future (clocks of
    /// exporting systems drift a little). Default: 5 minutes.
    /// </summary>
    public TimeSpan FutureMargin { get; init; } = TimeSpan.FromMinutes(5);
}
