namespace Akutprognos.Core.Series;

/// <summary>
/// One ED visit as an export lists it. <see cref="Key"/> is a keyed hash of the visit id (32 bytes of
/// HMAC-SHA256), never the id itself: visit ids can identify patients. A later export with the same key
/// is the same visit, corrected.
/// </summary>
/// <param name="Key">The keyed hash of the visit id; two visits with equal bytes are one visit.</param>
/// <param name="Site">The ED, as named in the input (after alias mapping).</param>
/// <param name="Arrival">When the patient arrived, an instant (any offset).</param>
/// <param name="Triage">The triage level as written (e.g. "2" or "orange"), or null.</param>
/// <param name="AgeBand">The age band as written (e.g. "18-64"), or null.</param>
/// <param name="Origin">Where the visit was read, as the reader numbers it (file and line), for messages.</param>
public readonly record struct Visit(byte[] Key, string Site, DateTimeOffset Arrival, string? Triage, string? AgeBand, long Origin);
