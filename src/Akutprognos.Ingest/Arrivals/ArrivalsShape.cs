namespace Akutprognos.Ingest.Arrivals;

/// <summary>What the rows of an arrivals file are, recognised from its column names.</summary>
public enum ArrivalsShape
{
    /// <summary><c>date,count</c>: arrivals per local date.</summary>
    DailyCounts,

    /// <summary><c>timestamp,count</c>: arrivals per hour.</summary>
    HourlyCounts,

    /// <summary><c>arrival</c> (optional <c>id</c>): one row per visit.</summary>
    Visits,
}
