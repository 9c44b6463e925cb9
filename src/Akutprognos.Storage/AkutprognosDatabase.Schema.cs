using Akutprognos.Storage.Schema;

namespace Akutprognos.Storage;

public sealed partial class AkutprognosDatabase
{
    /// <summary>
    /// The schema version this program creates and migrates to. A database (or a backup of one) with a higher
    /// version was written by a newer Akutprognos and cannot be opened by this one.
    /// </summary>
    public static int LatestSchemaVersion => Migrations.Steps.Count;
}
