using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// The arrivals in a file: <see cref="Daily"/> for a daily file, else <see cref="Hourly"/> (the other list is
/// empty), ordered by site (ordinal), then time.
/// </summary>
public sealed record ArrivalsReadResult(
    ArrivalsShape Shape,
    IReadOnlyList<HourlyArrivals> Hourly,
    IReadOnlyList<DailyArrivals> Daily,
    ReadReport Report);
