using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Visits;
using static System.FormattableString;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// Streams the visits of a one-row-per-visit CSV that has a visit id column, for storing visit by visit.
/// Each id is replaced by its keyed hash as it is read; nothing per row is kept, so memory does not grow
/// with the file. Repeats and conflicts between rows are left to the store, which sees all files at once.
/// </summary>
public sealed class VisitsCsvReader(ArrivalsCsvOptions options, VisitIdKey key)
{
    /// <summary>True when <paramref name="path"/> is a per-visit CSV with an id column when read with <paramref name="options"/>.</summary>
    /// <exception cref="InputException">The file cannot be read or its header not understood.</exception>
    public static bool HasVisitIds(string path, ArrivalsCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var input = CsvInput.Open(path);
        var layout = ArrivalsLayout.From(input, options);
        return layout.Shape == ArrivalsShape.Visits && layout.Id >= 0;
    }

    public VisitStream Read(string path, int fileIndex) => new(path, fileIndex, stream => Visits(stream, path, fileIndex));

    IEnumerable<Visit> Visits(VisitStream stream, string path, int fileIndex)
    {
        using var input = CsvInput.Open(path);
        var layout = ArrivalsLayout.From(input, options);
        if (layout.Shape != ArrivalsShape.Visits || layout.Id < 0)
        {
            throw input.FileError("this file has no visit id column, so it cannot be stored visit by visit.");
        }
        var time = new ArrivalTime(input, options);
        var triage = new TextField(layout.Triage, TriageLevels.IsKnown, $"is not a triage level; expected {TriageLevels.Listing}");
        var ageBand = new TextField(layout.AgeBand);
        while (input.Read())
        {
            var site = layout.Site.Read(input);
            var arrival = time.Read(input.Field(layout.Time));
            var id = input.Field(layout.Id);
            if (id.IsEmpty)
            {
                throw input.Error("the visit id is empty; every row needs one when the file has an id column.");
            }
            yield return new Visit(key.Hash(id), site, arrival, triage.Read(input), ageBand.Read(input), VisitStream.Origin(fileIndex, input.Line));
        }
        if (time.Ambiguous > 0)
        {
            input.WarnFile(Invariant($"{time.Ambiguous} visit(s) fell in the repeated hour when clocks go back and, with no offset written, were counted as summer time."));
        }
        var report = input.Report();
        stream.Summary = Invariant($"{report.RowsRead} visit rows, {report.Dialect}");
        stream.Warnings.AddRange(report.Warnings);
    }

    /// <summary>An optional text column; a handful of distinct values, so each is one string, each checked once.</summary>
    sealed class TextField(int ordinal, Func<ReadOnlySpan<char>, bool>? accepts = null, string? problem = null)
    {
        readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> values =
            new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public string? Read(CsvInput input)
        {
            if (ordinal < 0 || input.Field(ordinal) is { IsEmpty: true })
            {
                return null;
            }
            var text = input.Field(ordinal);
            if (!values.TryGetValue(text, out var value))
            {
                if (accepts is not null && !accepts(text))
                {
                    throw input.Error($"'{text}' in column '{input.Header[ordinal]}' {problem}.");
                }
                value = text.ToString();
                values.Dictionary[value] = value;
            }
            return value;
        }
    }
}
