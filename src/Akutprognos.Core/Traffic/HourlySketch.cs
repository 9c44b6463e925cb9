namespace Akutprognos.Core.Traffic;

/// <summary>
/// The visitors of one signal in one hour as read in one run: the exact count and the sketch that lets
/// later runs (other servers, later files) add their visitors without counting anyone twice.
/// </summary>
/// <param name="Signal">The signal's name, e.g. "all".</param>
/// <param name="Hour">The UTC start of the hour.</param>
/// <param name="Visitors">Distinct visitors in this run.</param>
/// <param name="Sketch">The same visitors as a <see cref="VisitorSketch"/>.</param>
public sealed record HourlySketch(string Signal, DateTimeOffset Hour, int Visitors, VisitorSketch Sketch);
