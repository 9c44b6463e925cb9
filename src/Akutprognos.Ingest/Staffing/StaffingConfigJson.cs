using System.Text.Json;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Staffing;

/// <summary>
/// The staffing configuration as JSON (snake_case), for files people edit and for the copy kept in the database:
/// <code>
/// {"quantile": "mean",
///  "roles": [{"role": "doctor", "method": "lag-sipp", "service_minutes": 30, "service_level": 0.8,
///             "target_minutes": 60, "minimum": 1, "shifts": ["07-16", "13-22", "21-07:30"]},
///            {"role": "nurse", "method": "patient-ratio", "stay_minutes": 240, "patients_per_staff": 4, "minimum": 2,
///             "shifts": ["07-16", "13-22", "21-07:30"]}],
///  "sites": [{"site": "Norrtälje", "role": "doctor", "minimum": 1}]}
/// </code>
/// Methods: <c>lag-sipp</c>, <c>offered-load</c>, <c>patient-ratio</c>. Unknown fields are errors, so a typo is
/// not silently ignored.
/// </summary>
public static class StaffingConfigJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // People edit this file: keep å, ä, ö and the en dash of "21–07:30" as they are, not as \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads and checks a configuration file.</summary>
    /// <exception cref="InputException">The file cannot be read, is not valid JSON, or describes an unusable configuration.</exception>
    public static StaffingConfiguration ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"the file cannot be opened ({e.Message}).");
        }
        return Parse(text, path);
    }

    /// <summary>Reads and checks configuration text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputException">Not valid JSON, or an unusable configuration.</exception>
    public static StaffingConfiguration Parse(string text, string source)
    {
        ConfigDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ConfigDocument>(text, Options);
        }
        catch (JsonException e)
        {
            throw new InputException(source, e.LineNumber is { } line ? (int)line + 1 : null, $"not a staffing configuration: {e.Message}");
        }
        if (document?.Roles is null)
        {
            throw new InputException(source, null, "the configuration has no 'roles' list.");
        }
        try
        {
            return document.ToConfiguration();
        }
        catch (ArgumentException e)
        {
            throw new InputException(source, null, ConfigDocument.Sentence(e));
        }
    }

    /// <summary>Why a configuration or policy was refused, as this reader says it: the message without .NET's parameter suffix.</summary>
    public static string Problem(ArgumentException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return ConfigDocument.Sentence(refused);
    }

    /// <summary>The configuration as indented JSON that <see cref="Parse"/> reads back to an equal configuration.</summary>
    public static string Write(StaffingConfiguration configuration) =>
        JsonSerializer.Serialize(ConfigDocument.From(configuration), Options);
}
