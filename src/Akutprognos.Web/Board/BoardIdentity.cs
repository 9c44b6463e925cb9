using System.Security.Claims;

namespace Akutprognos.Web.Board;

/// <summary>
/// The e-mail address a signed-in account acts with on the board, which is how meetings name their
/// participants. An account named like an address ("helena.berg@region.example") is that address; any
/// other name gets the configured domain (<c>Akutprognos:Board:MailDomain</c>, default <c>localhost</c>),
/// so the account <c>demo</c> is <c>demo@localhost</c>. Only a meeting's participants may post, whatever the account's role.
/// </summary>
public sealed class BoardIdentity(IConfiguration configuration)
{
    /// <summary>The domain given to account names without one.</summary>
    public const string DefaultMailDomain = "localhost";

    /// <summary>The address of <paramref name="user"/>, or null when nobody is signed in.</summary>
    public string? EmailOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { Length: > 0 } name ? EmailOf(name) : null;
    }

    /// <summary>The address of the account named <paramref name="accountName"/>.</summary>
    public string EmailOf(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        var name = accountName.Trim();
        if (name.Contains('@', StringComparison.Ordinal))
        {
            return name;
        }
        var domain = configuration["Akutprognos:Board:MailDomain"] is { Length: > 0 } configured ? configured : DefaultMailDomain;
        return name + "@" + domain;
    }
}
