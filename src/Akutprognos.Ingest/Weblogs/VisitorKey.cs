using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// The secret that pseudonymises visitors. A visitor (address and user agent, or a visitor id) is hashed
/// at once with SipHash under a key derived for its local date, HMAC-SHA256(secret, "visitor-day:" + date),
/// so the same visitor hashes alike on that day on every server and in every run that share the secret,
/// and hashes of different days cannot be linked. The secret lives only in memory or in a key file readable
/// by its owner alone (mode 0600), never in the database or a log.
/// </summary>
public sealed class VisitorKey
{
    const int SecretBytes = 32;

    readonly byte[] secret;

    VisitorKey(byte[] secret) => this.secret = secret;

    /// <summary>A fresh random key that lives only as long as this process: for counts that never leave memory.</summary>
    public static VisitorKey Ephemeral() => new(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>A key from known bytes (at least 16), for tests and for configuration that holds the secret.</summary>
    public static VisitorKey FromSecret(ReadOnlySpan<byte> secret) =>
        secret.Length >= 16 ? new(secret.ToArray()) : throw new ArgumentException("A visitor key needs at least 16 bytes.", nameof(secret));

    /// <summary>
    /// The default key file: <c>$AKUTPROGNOS_KEY_FILE</c>, else <c>visitor.key</c> in the user's configuration
    /// folder (<c>$XDG_CONFIG_HOME/akutprognos</c> or <c>~/.config/akutprognos</c>).
    /// </summary>
    public static string DefaultPath()
    {
        var configured = Environment.GetEnvironmentVariable("AKUTPROGNOS_KEY_FILE");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(config, "akutprognos", "visitor.key");
    }

    /// <summary>
    /// Reads the key file at <paramref name="path"/>, creating it with 32 random bytes (hex, mode 0600) when
    /// it does not exist. A key file that others may read is refused, since the key is what keeps hashes private.
    /// </summary>
    /// <exception cref="InputException">The file cannot be read or created, is readable by others, or holds no key.</exception>
    public static VisitorKey LoadOrCreate(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                Create(path);
            }
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            {
                throw new InputException(path, null, "the visitor key file may be read by other users; make it private with chmod 600.");
            }
            var text = File.ReadAllText(path).Trim();
            var bytes = Convert.FromHexString(text);
            return bytes.Length >= 16 ? new VisitorKey(bytes) : throw new InputException(path, null, "the visitor key file holds fewer than 16 bytes.");
        }
        catch (FormatException)
        {
            throw new InputException(path, null, "the visitor key file does not hold a hexadecimal key.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot read or create the visitor key file: {e.Message}");
        }
    }

    /// <summary>The SipHash key of local <paramref name="date"/>.</summary>
    internal SipHash ForDay(DateOnly date)
    {
        var label = Encoding.ASCII.GetBytes("visitor-day:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Span<byte> derived = stackalloc byte[32];
        HMACSHA256.HashData(secret, label, derived);
        return new SipHash(BinaryPrimitives.ReadUInt64LittleEndian(derived), BinaryPrimitives.ReadUInt64LittleEndian(derived[8..]));
    }

    static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var file = new FileStream(path, options);
        file.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(SecretBytes)) + "\n"));
    }
}
