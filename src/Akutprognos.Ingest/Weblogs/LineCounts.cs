namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// What happened to the lines of a read. Every line lands in exactly one count, by the first rule it fails in
/// this order: malformed, skipped (blank, directive, not a web request), error status, other method, asset,
/// crawler; what is left is a counted page view.
/// </summary>
public sealed class LineCounts
{
    public long Lines { get; set; }

    public long PageViews { get; set; }

    public long Crawlers { get; set; }

    public long Assets { get; set; }

    public long Errors { get; set; }

    public long OtherMethods { get; set; }

    public long Malformed { get; set; }

    public long Skipped { get; set; }

    internal void Add(LineCounts other)
    {
        Lines += other.Lines;
        PageViews += other.PageViews;
        Crawlers += other.Crawlers;
        Assets += other.Assets;
        Errors += other.Errors;
        OtherMethods += other.OtherMethods;
        Malformed += other.Malformed;
        Skipped += other.Skipped;
    }
}
