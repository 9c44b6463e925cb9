using System.Net;
using System.Net.Sockets;

namespace Akutprognos.Web.Shared;

/// <summary>
/// Reverse proxies on other machines whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the app believes
/// (setting <c>Akutprognos:TrustedProxies</c>: addresses such as <c>10.0.0.5</c> and networks such as
/// <c>10.1.0.0/16</c>), on top of loopback, which is always trusted.
/// </summary>
sealed record TrustedProxies(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<IPNetwork> Networks)
{
    public const string Key = "Akutprognos:TrustedProxies";

    /// <summary>
    /// The entries, as a list (<c>TrustedProxies:0</c>, <c>:1</c> … from JSON or <c>Akutprognos__TrustedProxies__0</c>)
    /// or one value separated by commas, semicolons or spaces; a bad entry throws a <see cref="SettingException"/>.
    /// </summary>
    public static TrustedProxies From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var entries = section.GetChildren()
            .SelectMany(child => Split(child.Value).Select(entry => (Key: child.Path, Entry: entry)))
            .Concat(Split(section.Value).Select(entry => (Key, Entry: entry)))
            .ToList();
        var addresses = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var (key, entry) in entries)
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                networks.Add(IsNetwork(entry, out var network)
                    ? network
                    : throw new SettingException(key, $"'{entry}' is not a network such as 10.1.0.0/16 (the address part must end in zero bits)"));
            }
            else
            {
                addresses.Add(IsAddress(entry, out var address)
                    ? address
                    : throw new SettingException(key, $"'{entry}' is not an IP address such as 10.0.0.5"));
            }
        }
        return new TrustedProxies(addresses, networks);
    }

    /// <summary>Adds the proxies to <paramref name="options"/>, keeping its loopback defaults.</summary>
    public void AddTo(ForwardedHeadersOptions options)
    {
        foreach (var address in Addresses)
        {
            options.KnownProxies.Add(address);
        }
        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    // IPNetwork.TryParse quietly drops host bits ("10.1.2.0/16" becomes 10.1.0.0/16), which would trust far more
    // machines than a mistyped prefix meant; such an entry is refused instead.
    static bool IsNetwork(string entry, out IPNetwork network) =>
        IPNetwork.TryParse(entry, out network) && IPAddress.TryParse(entry[..entry.IndexOf('/', StringComparison.Ordinal)], out var written)
            && network.BaseAddress.Equals(written);

    // IPAddress.TryParse also takes shorthand like "10.5" (10.0.0.5), more likely a typo than meant here.
    static bool IsAddress(string entry, out IPAddress address) =>
        IPAddress.TryParse(entry, out address!) && (address.AddressFamily == AddressFamily.InterNetworkV6 || entry.Count(c => c == '.') == 3);

    static string[] Split(string? value) =>
        value?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
