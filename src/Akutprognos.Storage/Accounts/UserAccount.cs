namespace Akutprognos.Storage.Accounts;

/// <summary>A local user of the web app. <see cref="PasswordHash"/> is what the hasher wrote, never the password.</summary>
/// <param name="Id">The stored id.</param>
/// <param name="Name">The log-in name, unique (ordinal).</param>
/// <param name="Role">admin, planner or viewer (see <see cref="AccountRoles"/>).</param>
/// <param name="PasswordHash">The password hash in the hasher's own format.</param>
/// <param name="Disabled">A disabled user cannot log in.</param>
/// <param name="Created">When the account was created.</param>
public sealed record UserAccount(long Id, string Name, string Role, string PasswordHash, bool Disabled, DateTimeOffset Created);

/// <summary>A key for machines. Only a hash of the key is stored; the key itself is shown once when created.</summary>
/// <param name="Id">The stored id.</param>
/// <param name="Name">What the key is for ("integration platform").</param>
/// <param name="Role">The role the key acts with.</param>
/// <param name="Created">When the key was created.</param>
/// <param name="Revoked">When the key was revoked, or null while it works.</param>
public sealed record ApiKeyInfo(long Id, string Name, string Role, DateTimeOffset Created, DateTimeOffset? Revoked);

/// <summary>The roles the schema accepts, from most to least powerful.</summary>
public static class AccountRoles
{
    /// <summary>Everything, including users, keys and settings.</summary>
    public const string Admin = "admin";

    /// <summary>Reads everything and changes plans and data, not users or settings.</summary>
    public const string Planner = "planner";

    /// <summary>Reads only.</summary>
    public const string Viewer = "viewer";

    /// <summary>All roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Planner, Viewer];

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="role"/> is one of <see cref="All"/>.</summary>
    public static string Checked(string role) =>
        All.Contains(role, StringComparer.Ordinal) ? role : throw new ArgumentException($"Unknown role '{role}' (use admin, planner or viewer).", nameof(role));
}
