using Akutprognos.Storage;
using Akutprognos.Storage.Audit;

namespace Akutprognos.Web.Tests;

/// <summary>Site settings written straight to a test's database, as <c>akutprognos site set</c> would.</summary>
static class StoredSites
{
    static AuditEntry Audit(string detail) => new(DateTimeOffset.UtcNow, "test", "site changed", detail);

    /// <summary>Gives an imported site a display name.</summary>
    public static void Name(AkutprognosDatabase database, string site, string displayName) =>
        database.Sites.Save(database.Sites.Find(site)! with { DisplayName = displayName }, Audit(site));

    /// <summary>Puts an imported site in exactly the regions named (none takes it out of every region).</summary>
    public static void Regions(AkutprognosDatabase database, string site, params string[] regions) =>
        database.Sites.Save(database.Sites.Find(site)! with { Regions = regions }, Audit(site));
}
