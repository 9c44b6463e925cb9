namespace Akutprognos.Storage.Backends;

/// <summary>
/// Database files readable by their owner only. A SQLite file is created empty with mode 0600 before SQLite
/// writes a page into it, so no data is ever in a file others can read; SQLite gives its -wal, -shm and
/// journal files the mode of the database file.
/// </summary>
public static class PrivateFile
{
    /// <summary>Creates <paramref name="path"/> empty with mode 0600 when it does not exist; an existing file is left as it is.</summary>
    public static void Ensure(string path)
    {
        if (File.Exists(path))
        {
            return;
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var _ = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created meanwhile by another process, which set its own mode.
        }
    }
}
