using System.Text.Json;
using System.Text.Json.Serialization;
using Akutprognos.Cli.Commands;
using Akutprognos.Ingest.Arrivals;

namespace Akutprognos.Cli.Ingest;

/// <summary>
/// A saved way of reading one hospital's export, so the nightly job is one command: a JSON file with the
/// column names, time format, zone, cut-off hour and the configured sites with their aliases. Given as a
/// path, or as a name looked up as NAME.json in $AKUTPROGNOS_PROFILES (default ~/.config/akutprognos/profiles).
/// Flags on the command line win over the profile.
/// </summary>
sealed record ImportProfile
{
    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public string? Format { get; init; }

    public string? TimeColumn { get; init; }

    public string? SiteColumn { get; init; }

    public string? IdColumn { get; init; }

    public string? TriageColumn { get; init; }

    public string? AgeBandColumn { get; init; }

    public string? CountColumn { get; init; }

    public string? DateColumn { get; init; }

    public string? TimeFormat { get; init; }

    public string? TimeZone { get; init; }

    public int? DayClosesAtHour { get; init; }

    /// <summary>Each configured site and the other names exports use for it.</summary>
    public Dictionary<string, string[]> Sites { get; init; } = [];

    /// <summary>Refuse a site that is neither configured nor an alias.</summary>
    public bool OnlyKnownSites { get; init; }

    [JsonIgnore]
    public string Source { get; init; } = "";

    public SiteDirectory SiteDirectory()
    {
        try
        {
            return new SiteDirectory(Sites.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value), OnlyKnownSites);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{Source}: {e.Message}");
        }
    }

    public static ImportProfile Load(string nameOrPath)
    {
        var path = File.Exists(nameOrPath) ? nameOrPath : Path.Combine(Folder(), nameOrPath + ".json");
        if (!File.Exists(path))
        {
            throw new UsageException($"no import profile '{nameOrPath}': neither a file nor {path}");
        }
        try
        {
            var profile = JsonSerializer.Deserialize<ImportProfile>(File.ReadAllText(path), Json) ?? throw new JsonException("the file holds null");
            return profile with { Source = path };
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: not a valid import profile ({e.Message})");
        }
    }

    static string Folder() =>
        Environment.GetEnvironmentVariable("AKUTPROGNOS_PROFILES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "akutprognos", "profiles");
}
