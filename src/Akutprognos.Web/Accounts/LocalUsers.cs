using System.Security.Cryptography;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Audit;
using Microsoft.AspNetCore.Identity;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Local accounts: passwords hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2-HMAC-SHA512, salted, with its format version in the hash so it can be strengthened later).
/// </summary>
public static class LocalUsers
{
    /// <summary>The fewest characters a password may have.</summary>
    public const int MinPasswordLength = 10;

    static readonly PasswordHasher<UserAccount> Hasher = new();

    // Verified against when the user does not exist, so a wrong name costs as much time as a wrong password.
    static readonly string DecoyHash = Hasher.HashPassword(null!, "decoy password that matches nothing");

    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return Hasher.HashPassword(null!, password);
    }

    /// <summary>The user when <paramref name="password"/> is theirs and the account is enabled, else null.</summary>
    public static UserAccount? Verify(AkutprognosDatabase database, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(database);
        var user = string.IsNullOrWhiteSpace(name) ? null : database.User(name);
        var result = Hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? DecoyHash, password ?? "");
        return user is { Disabled: false } && result != PasswordVerificationResult.Failed ? user : null;
    }

    /// <summary>Why <paramref name="password"/> is not acceptable, or null when it is.</summary>
    public static string? Problem(string? password) =>
        password is null || password.Length < MinPasswordLength ? $"A password needs at least {MinPasswordLength} characters." : null;

    /// <summary>A random password of 20 letters and digits (about 119 bits), without look-alike characters.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    /// <summary>
    /// Creates the first admin when the database has no user at all and returns its password (from
    /// <paramref name="password"/>, else generated), or null when users exist. Two processes starting at
    /// once cannot both create one: the name is unique and the insert skips a taken name.
    /// </summary>
    public static string? EnsureFirstAdmin(AkutprognosDatabase database, string name, string? password, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        if (database.Users().Count > 0)
        {
            return null;
        }
        var chosen = string.IsNullOrEmpty(password) ? GeneratePassword() : password;
        var audit = new AuditEntry(clock.GetUtcNow(), "system", "user added", $"{name} (admin), the first account");
        return database.AddUser(name, AccountRoles.Admin, Hash(chosen), audit) ? chosen : null;
    }

    /// <summary>Creates <paramref name="name"/> with <paramref name="role"/>, or gives the existing account that role and a new password; returns the password.</summary>
    public static string CreateOrReset(AkutprognosDatabase database, string name, string role, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        var password = GeneratePassword();
        var hash = Hash(password);
        var audit = new AuditEntry(clock.GetUtcNow(), "system", "user added", $"{name} ({role})");
        if (!database.AddUser(name, role, hash, audit))
        {
            database.UpdateUser(name, role, hash, disabled: false, audit with { Action = "password reset" });
        }
        return password;
    }
}
