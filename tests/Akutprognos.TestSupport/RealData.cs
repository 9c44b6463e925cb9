using Xunit;

namespace Akutprognos.TestSupport;

/// <summary>
/// The real data sets in <c>shared/data/real</c> beside the repository (read-only, not ours to copy).
/// Tests that need them call <see cref="RequireFile"/>, which skips the test with a clear message where
/// the folder is absent. <c>AKUTPROGNOS_REAL_DATA</c> points elsewhere when the layout differs.
/// </summary>
public static class RealData
{
    public static string? Folder { get; } = Locate();

    /// <summary>The full path of <paramref name="relativePath"/> under the real-data folder; skips the test when it is missing.</summary>
    public static string RequireFile(string relativePath)
    {
        Skip.If(Folder is null, "shared/data/real not found beside the repository (set AKUTPROGNOS_REAL_DATA): real-data test skipped");
        var path = Path.Combine(Folder!, relativePath);
        Skip.IfNot(File.Exists(path), $"{path} not found: real-data test skipped");
        return path;
    }

    static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("AKUTPROGNOS_REAL_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }
        var root = RepositoryRoot();
        if (root is null)
        {
            return null;
        }
        var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "real"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    /// <summary>The folder holding Akutprognos.slnx, found upward from the test binaries.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Akutprognos.slnx")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
