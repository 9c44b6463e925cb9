using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using System.Security.Claims;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Staffing;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Web.Settings;

/// <summary>
/// The staffing configuration as the settings pages read and change it: the one stored (or the default the
/// <c>staffing</c> command and the demo start from), and saving through the same JSON document and store the
/// command uses, so the command and the nightly run plan with what the admin saved.
/// </summary>
public sealed class StaffingSettings(AkutprognosDatabase database, WebAppOptions options, AuditTrail audit)
{
    /// <summary>What the staffing file reader calls the configuration edited here, in its messages.</summary>
    const string Source = "the staffing settings";

    public StaffingConfiguration Load() => new StaffingRun(database, SiteSetup.Load(database, options.Overrides)).StoredConfiguration();

    /// <summary>
    /// Stores <paramref name="changed"/> with an audit line, after reading it back as the <c>staffing --config</c>
    /// reader reads a file, so nothing is stored that the command would refuse; returns that reader's problem, or null.
    /// </summary>
    public string? Save(StaffingConfiguration changed, ClaimsPrincipal user, string action, string detail)
    {
        var json = StaffingConfigJson.Write(changed);
        try
        {
            StaffingConfigJson.Parse(json, Source);
        }
        catch (InputException e)
        {
            return e.Problem;
        }
        database.SaveStaffingConfiguration(json, audit.Entry(user, action, detail));
        return null;
    }

    /// <summary>
    /// <paramref name="policy"/> with other numbers or shifts, through the constructor, so every rule a policy
    /// read from a file must meet is checked here too; the message of the rule broken, or the policy.
    /// </summary>
    public static (RolePolicy? Policy, string? Problem) Rebuild(RolePolicy policy, RoleNumbers numbers, IReadOnlyList<ShiftTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(numbers);
        try
        {
            return (new RolePolicy(policy.Role, policy.Method, templates, numbers.Minimum,
                numbers.ServiceMinutes, numbers.ServiceLevel, numbers.TargetMinutes, numbers.StayMinutes, numbers.PatientsPerStaff), null);
        }
        catch (ArgumentException e)
        {
            return (null, StaffingConfigJson.Problem(e));
        }
    }
}

/// <summary>The numbers of a <see cref="RolePolicy"/> an admin may change; those its method does not use are 0.</summary>
public sealed record RoleNumbers(int Minimum, double ServiceMinutes, double ServiceLevel, double TargetMinutes, double StayMinutes, double PatientsPerStaff)
{
    public static RoleNumbers Of(RolePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.MinimumStaff, policy.ServiceMinutes, policy.ServiceLevel, policy.TargetMinutes, policy.StayMinutes, policy.PatientsPerStaff);
    }
}
