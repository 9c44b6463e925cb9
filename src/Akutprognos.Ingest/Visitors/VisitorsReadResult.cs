using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Visitors;

/// <summary>The visitors per hour in a file, in time order.</summary>
public sealed record VisitorsReadResult(IReadOnlyList<HourlyVisitors> Hourly, ReadReport Report);
