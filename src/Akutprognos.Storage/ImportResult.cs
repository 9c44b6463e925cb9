namespace Akutprognos.Storage;

/// <summary>
/// What one import did. Rows are counted per distinct key (site and hour, site and date, or signal and
/// hour); when the input holds a key twice, its last row wins and counts once.
/// </summary>
/// <param name="SitesCreated">Sites that the database did not know before.</param>
/// <param name="RowsInserted">Keys that were new.</param>
/// <param name="RowsChanged">Keys whose stored value the input replaced.</param>
/// <param name="RowsUnchanged">Keys already stored with the same value.</param>
public readonly record struct ImportResult(int SitesCreated, int RowsInserted, int RowsChanged, int RowsUnchanged)
{
    /// <summary>Distinct keys in the input.</summary>
    public int Rows => RowsInserted + RowsChanged + RowsUnchanged;
}
