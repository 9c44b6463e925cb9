using Akutprognos.Core.Series;
using Akutprognos.Core.Traffic;
using Akutprognos.Storage;
using Akutprognos.Storage.Audit;

namespace Akutprognos.Pipeline.Imports;

/// <summary>
/// Web visitors into the database, the same way from every door (the <c>ingest visitors</c> and <c>ingest weblog</c>
/// commands, the push API, the browser's import): one transaction, then an audit line.
/// </summary>
public sealed class VisitorsImporter(AkutprognosDatabase database, TimeProvider clock)
{
    /// <summary>Stores hourly visitor counts (an analytics export, a CSV, a push).</summary>
    public ImportResult ImportHourly(IReadOnlyCollection<HourlyVisitors> rows, string source, string actor)
    {
        var stored = database.ImportVisitors(rows, source);
        Audit(actor, $"{source}: {Summary(stored)}");
        return stored;
    }

    /// <summary>Merges hourly visitor sketches from access logs with what earlier runs stored for the same hours.</summary>
    public ImportResult ImportSketches(IReadOnlyCollection<HourlySketch> sketches, string source, string actor)
    {
        var stored = database.ImportVisitorSketches(sketches, source);
        Audit(actor, $"{source}: {Summary(stored)}");
        return stored;
    }

    void Audit(string actor, string detail) => database.Audit(new AuditEntry(clock.GetUtcNow(), actor, "visitors imported", detail));

    /// <summary>One line: sites created, rows added, changed and already stored.</summary>
    public static string Summary(ImportResult stored)
    {
        var sites = stored.SitesCreated > 0 ? $"{stored.SitesCreated} new sites, " : "";
        return $"{sites}{stored.RowsInserted} rows added, {stored.RowsChanged} changed, {stored.RowsUnchanged} already stored";
    }
}
