namespace Akutprognos.Ingest.Csv;

/// <summary>
/// What reading one file did, for the caller to show: the dialect, the data rows read (blank lines not
/// counted), the rows dropped as identical repeats of an earlier row, and warnings (each <c>FILE:LINE: …</c>).
/// </summary>
public sealed record ReadReport(CsvDialect Dialect, int RowsRead, int DuplicateRowsDropped, IReadOnlyList<string> Warnings);
