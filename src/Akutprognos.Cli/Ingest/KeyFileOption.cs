using System.CommandLine;

namespace Akutprognos.Cli.Ingest;

/// <summary>
/// Where the visit-id key lives: --key-file, else $AKUTPROGNOS_KEY_FILE, else ~/.config/akutprognos/visit-id.key.
/// Outside the database by design; every import into one database must use the same file.
/// </summary>
static class KeyFileOption
{
    public static Option<string?> Create() => new("--key-file")
    {
        Description = "Secret key for hashing visit ids (created with mode 0600 on first use); default $AKUTPROGNOS_KEY_FILE or ~/.config/akutprognos/visit-id.key",
    };

    public static string Resolve(string? given) =>
        given
        ?? (Environment.GetEnvironmentVariable("AKUTPROGNOS_KEY_FILE") is { Length: > 0 } fromEnvironment ? fromEnvironment : null)
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "akutprognos", "visit-id.key");
}
