using System.Security.Cryptography;
using System.Text;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Audit;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Keys for machines: 32 random bytes shown once, stored as their SHA-256. A slow password hash is not
/// needed here: a random 256-bit key cannot be guessed from its hash, and a fast hash lets every API call check it.
/// </summary>
public static class ApiKeys
{
    /// <summary>The request header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    const string Prefix = "ak_";

    /// <summary>Creates and stores a key; returns the key text, which is not stored anywhere.</summary>
    public static string Create(AkutprognosDatabase database, string name, string role, string actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        database.AddApiKey(name, Hash(key), role, new AuditEntry(clock.GetUtcNow(), actor, "API key created", $"{name} ({role})"));
        return key;
    }

    /// <summary>The stored form of <paramref name="key"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>The working key sent with the request, or null.</summary>
    public static ApiKeyInfo? Find(AkutprognosDatabase database, string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) ? database.ApiKeyByHash(Hash(key)) : null;

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
