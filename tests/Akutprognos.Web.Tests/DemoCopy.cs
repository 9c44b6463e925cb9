using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Web.Tests;

/// <summary>
/// A private copy of the shared demo database (same users and passwords, tomorrow's forecast and plan), for tests
/// that change settings the other test classes read.
/// </summary>
public sealed class DemoCopy : IDisposable
{
    readonly ScratchFolder folder = new();

    public DemoCopy()
    {
        var source = DemoDatabase.Instance.Path;
        Path = folder.PathOf("demo-copy.db");
        // The file and, when a pooled connection kept them, its write-ahead log and index.
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(source + suffix))
            {
                File.Copy(source + suffix, Path + suffix);
            }
        }
    }

    public string Path { get; }

    public AkutprognosDatabase Open() => AkutprognosDatabase.Open(Path);

    public void Dispose() => folder.Dispose();
}

/// <summary>The app on a <see cref="DemoCopy"/>, one per test class.</summary>
public sealed class DemoCopyApp : IDisposable
{
    readonly DemoCopy copy = new();

    public DemoCopyApp() => Demo = new DemoApp(copy.Path);

    public DemoApp Demo { get; }

    public AkutprognosDatabase Open() => copy.Open();

    public void Dispose()
    {
        Demo.Dispose();
        copy.Dispose();
    }
}
