namespace Akutprognos.Web;

/// <summary>
/// A configuration value the app cannot start with, found before anything listens; the message is one line that
/// names the key (e.g. <c>Akutprognos:Oidc:Authority</c>) and what is wrong with it.
/// </summary>
public sealed class SettingException(string key, string problem) : Exception($"{key}: {problem}")
{
    /// <summary>The configuration key at fault, in the colon form used by configuration files.</summary>
    public string Key { get; } = key;
}
