using System.Globalization;
using Akutprognos.Core.Staffing;
using Microsoft.Extensions.Primitives;

namespace Akutprognos.Web.Settings;

/// <summary>
/// The staffing parameters as posted: each number read and checked on its own (the rest of its role as stored),
/// with the message of the rule it breaks beside it; the whole configuration only when every field is right.
/// </summary>
public sealed class StaffingForm
{
    /// <summary>What the admin typed, by input name, to show again next to the messages.</summary>
    public Dictionary<string, string> Typed { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems by input name.</summary>
    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    /// <summary>What changed, "old → new", for the audit log.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>The changed configuration, or null when a field has a problem.</summary>
    public StaffingConfiguration? Configuration { get; private set; }

    public const string QuantileInput = "quantile";

    public static StaffingForm Read(StaffingConfiguration stored, Func<string, StringValues> posted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posted);
        var form = new StaffingForm();
        var quantileText = posted(QuantileInput).ToString();
        form.Typed[QuantileInput] = quantileText;
        if (!ForecastQuantiles.TryParse(quantileText, out var quantile))
        {
            form.Problems[QuantileInput] = "Choose mean, p80 or p90.";
        }
        else if (quantile != stored.Quantile)
        {
            form.Changes.Add($"quantile {stored.Quantile.Name()} → {quantile.Name()}");
        }
        var roles = stored.Roles.Select((role, index) => form.ReadRole(role, index, posted)).ToList();
        if (form.Problems.Count == 0)
        {
            form.Configuration = new StaffingConfiguration(quantile, [.. roles.Select(r => r!)], stored.Overrides);
        }
        return form;
    }

    RolePolicy? ReadRole(RolePolicy stored, int index, Func<string, StringValues> posted)
    {
        var numbers = RoleNumbers.Of(stored);
        var before = numbers;
        foreach (var field in PolicyField.For(stored.Method))
        {
            var input = field.Input(index);
            var text = posted(input).ToString();
            Typed[input] = text;
            var (value, problem) = field.Parse(text);
            if (value is { } number)
            {
                // Only this number changed, so the rule broken (if any) is this field's.
                problem = StaffingSettings.Rebuild(stored, field.Set(before, number), stored.Templates).Problem;
            }
            if (problem is not null)
            {
                Problems[input] = problem;
                continue;
            }
            if (field.Get(before) != value)
            {
                Changes.Add(string.Create(CultureInfo.InvariantCulture, $"{stored.Role} {field.Key} {field.Get(before)} → {value}"));
                numbers = field.Set(numbers, value!.Value);
            }
        }
        return StaffingSettings.Rebuild(stored, numbers, stored.Templates).Policy;
    }
}
