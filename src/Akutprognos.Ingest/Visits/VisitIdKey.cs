using System.Security.Cryptography;
using System.Text;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Visits;

/// <summary>
/// The secret that turns visit ids into stored keys: HMAC-SHA256(key, UTF-8 id). Visit ids can identify
/// patients, so only the hash is stored, and the key lives in a file of its own (mode 0600), never in the
/// database: whoever has the database alone cannot test a guessed id. Every import into one database must
/// use the same key file, or the same visit would be stored twice.
/// </summary>
public sealed class VisitIdKey
{
    const int KeyBytes = 32;

    // One HMAC state reused for every id: the one-shot call would derive the key's pads again each time.
    readonly IncrementalHash hmac;

    VisitIdKey(byte[] key, string path, bool created)
    {
        hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        Path = path;
        Created = created;
    }

    /// <summary>The key file.</summary>
    public string Path { get; }

    /// <summary>True when this call created the file.</summary>
    public bool Created { get; }

    /// <summary>
    /// Reads the key file at <paramref name="path"/>, or creates it with 32 random bytes (mode 0600, folder 0700)
    /// when it does not exist. A file others can read, or of the wrong size, is refused.
    /// </summary>
    /// <exception cref="InputException">The file cannot be read or created, is readable by others, or is not a key.</exception>
    public static VisitIdKey LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return File.Exists(path) ? Load(path) : Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"the visit-id key file cannot be used ({e.Message}).");
        }
    }

    /// <summary>The stored key of <paramref name="id"/> (surrounding spaces ignored): 32 bytes. Not thread-safe: one reader per instance.</summary>
    public byte[] Hash(ReadOnlySpan<char> id)
    {
        id = id.Trim();
        var length = Encoding.UTF8.GetMaxByteCount(id.Length);
        Span<byte> bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(id, bytes);
        var hash = new byte[KeyBytes];
        hmac.AppendData(bytes[..written]);
        hmac.GetHashAndReset(hash);
        return hash;
    }

    static VisitIdKey Load(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            throw new InputException(path, null, "the visit-id key file can be read by other users; make it private with 'chmod 600'.");
        }
        var bytes = File.ReadAllBytes(path);
        return bytes.Length == KeyBytes
            ? new VisitIdKey(bytes, path, created: false)
            : throw new InputException(path, null, $"this is not a visit-id key file (it has {bytes.Length} bytes, a key has {KeyBytes}).");
    }

    static VisitIdKey Create(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var file = new FileStream(path, options);
            file.Write(key);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another import created it a moment ago: use that one, so both store the same keys.
            return Load(path);
        }
        return new VisitIdKey(key, path, created: true);
    }
}
