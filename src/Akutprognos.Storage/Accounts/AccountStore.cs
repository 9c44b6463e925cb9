using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Accounts;

/// <summary>Users and API keys.</summary>
internal static class AccountStore
{
    const string UserColumns = "id, name, role, password_hash, disabled, created_utc";

    public static List<UserAccount> Users(DbConnection connection) =>
        connection.Query($"SELECT {UserColumns} FROM users ORDER BY name", ReadUser);

    public static UserAccount? User(DbConnection connection, string name) =>
        connection.Query($"SELECT {UserColumns} FROM users WHERE name = @p0", ReadUser, name.Trim()).SingleOrDefault();

    /// <summary>Inserts the user unless the name is taken; returns whether it was inserted.</summary>
    public static bool Add(DbTransaction transaction, string name, string role, string passwordHash, long nowUtc) =>
        transaction.Execute(
            "INSERT INTO users (name, role, password_hash, disabled, created_utc) VALUES (@p0, @p1, @p2, 0, @p3) ON CONFLICT (name) DO NOTHING",
            name.Trim(), AccountRoles.Checked(role), passwordHash, nowUtc) == 1;

    public static bool Update(DbTransaction transaction, string name, string role, string? passwordHash, bool disabled) =>
        transaction.Execute(
            "UPDATE users SET role = @p1, password_hash = COALESCE(@p2, password_hash), disabled = @p3 WHERE name = @p0",
            name.Trim(), AccountRoles.Checked(role), passwordHash, disabled ? 1L : 0L) == 1;

    public static long AddKey(DbTransaction transaction, string name, string keyHash, string role, long nowUtc) =>
        transaction.Scalar(
            "INSERT INTO api_keys (name, key_hash, role, created_utc) VALUES (@p0, @p1, @p2, @p3) RETURNING id",
            name.Trim(), keyHash, AccountRoles.Checked(role), nowUtc);

    public static bool RevokeKey(DbTransaction transaction, long id, long nowUtc) =>
        transaction.Execute("UPDATE api_keys SET revoked_utc = @p1 WHERE id = @p0 AND revoked_utc IS NULL", id, nowUtc) == 1;

    /// <summary>The key with this hash while it is not revoked, else null.</summary>
    public static ApiKeyInfo? KeyByHash(DbConnection connection, string keyHash) =>
        connection.Query("SELECT id, name, role, created_utc, revoked_utc FROM api_keys WHERE key_hash = @p0 AND revoked_utc IS NULL", ReadKey, keyHash)
            .SingleOrDefault();

    public static List<ApiKeyInfo> Keys(DbConnection connection) =>
        connection.Query("SELECT id, name, role, created_utc, revoked_utc FROM api_keys ORDER BY id", ReadKey);

    static UserAccount ReadUser(DbDataReader row) => new(
        row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetInt64(4) != 0,
        DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(5)));

    static ApiKeyInfo ReadKey(DbDataReader row) => new(
        row.GetInt64(0), row.GetString(1), row.GetString(2), DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(3)),
        row.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(4)));
}
