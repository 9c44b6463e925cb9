using System.Globalization;
using System.Text;
using System.Text.Json;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Cli.Output;

/// <summary>A staffing plan as a table per site, as JSON with every hour, shift and change, or as CSV of the hours.</summary>
static class StaffingWriter
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteTable(TextWriter output, StaffingPlan plan, TimeZoneInfo zone)
    {
        output.WriteLine(string.Create(Invariant, $"Staffing plan for {plan.Date:dddd yyyy-MM-dd}, staffed to the {plan.Quantile.Name()} forecast"));
        foreach (var site in plan.Sites)
        {
            output.WriteLine();
            var roster = site.HasRoster ? "need / rostered" : "need (no roster stored)";
            output.WriteLine(string.Create(Invariant, $"{site.Site}: {site.ExpectedArrivals:F0} arrivals expected; staff per hour, {roster}"));
            var header = new StringBuilder($"  {"hour",-5}{"arrivals",9}");
            foreach (var role in site.Roles)
            {
                header.Append(Invariant, $"  {role.Role,16}");
            }
            output.WriteLine(header);
            var labels = StaffingText.HourLabels(site.Roles[0].Hours.Select(h => h.Hour), zone);
            for (var i = 0; i < labels.Count; i++)
            {
                var line = new StringBuilder(string.Create(Invariant, $"  {labels[i],-5}{site.Roles[0].Hours[i].ExpectedArrivals,9:F1}"));
                foreach (var role in site.Roles)
                {
                    var h = role.Hours[i];
                    var cell = h.Rostered is { } r ? $"{h.Required} / {r}{(r < h.Required ? " !" : "  ")}" : $"{h.Required}  ";
                    line.Append(Invariant, $"  {cell,16}");
                }
                output.WriteLine(line);
            }
            foreach (var role in site.Roles)
            {
                var shifts = string.Join(", ", role.Shifts.Select(s => $"{StaffingText.Span(s.Shift.Start, s.Shift.End, zone)} ×{s.Count}"));
                output.WriteLine(string.Create(Invariant, $"  {role.Role} shifts: {shifts} = {role.StaffHours:0.#} staff-hours"));
            }
            foreach (var role in site.Roles)
            {
                foreach (var change in role.Changes)
                {
                    output.WriteLine($"  → {StaffingText.Recommendation(site.Site, role.Role, change, zone)}");
                    output.WriteLine($"      {StaffingText.Why(role.Policy, change)}");
                }
            }
        }
        output.WriteLine();
        var changes = plan.Sites.SelectMany(s => s.Roles.SelectMany(r => r.Changes.Select(c => StaffingText.Recommendation(s.Site, r.Role, c, zone)))).ToList();
        var total = plan.Sites.Sum(s => s.Roles.Sum(r => r.StaffHours));
        output.WriteLine(string.Create(Invariant, $"Region: {total:0.#} staff-hours in optimal shifts; {changes.Count} change(s) to the roster"));
        foreach (var change in changes)
        {
            output.WriteLine($"  {change}");
        }
        output.WriteLine("  need = fewest staff meeting the target each hour (' !' marks a shortfall in the roster)");
    }

    public static void WriteJson(TextWriter output, StaffingPlan plan, TimeZoneInfo zone)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("date", plan.Date.ToString("yyyy-MM-dd", Invariant));
            writer.WriteString("quantile", plan.Quantile.Name());
            writer.WriteStartArray("sites");
            foreach (var site in plan.Sites)
            {
                writer.WriteStartObject();
                writer.WriteString("site", site.Site);
                JsonOutput.Number(writer, "expected_arrivals", site.ExpectedArrivals, 1);
                writer.WriteBoolean("has_roster", site.HasRoster);
                writer.WriteStartArray("roles");
                foreach (var role in site.Roles)
                {
                    WriteRole(writer, site.Site, role, zone);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("recommendations");
            foreach (var site in plan.Sites)
            {
                foreach (var role in site.Roles)
                {
                    foreach (var change in role.Changes)
                    {
                        writer.WriteStringValue(StaffingText.Recommendation(site.Site, role.Role, change, zone));
                    }
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    static void WriteRole(Utf8JsonWriter writer, string site, RolePlan role, TimeZoneInfo zone)
    {
        var measure = StaffingText.MeasureName(role.Policy);
        writer.WriteStartObject();
        writer.WriteString("role", role.Role);
        writer.WriteString("method", role.Policy.Method.Name());
        JsonOutput.Number(writer, "staff_hours", role.StaffHours, 2);
        writer.WriteStartArray("hours");
        foreach (var h in role.Hours)
        {
            writer.WriteStartObject();
            writer.WriteString("hour", Iso(h.Hour, zone));
            JsonOutput.Number(writer, "arrivals", h.ExpectedArrivals, 3);
            JsonOutput.Number(writer, "offered_load", h.OfferedLoad, 3);
            writer.WriteNumber("required", h.Required);
            writer.WriteNumber("planned", h.Planned);
            WriteNullable(writer, "rostered", h.Rostered);
            WriteNullable(writer, "gap", h.Gap);
            JsonOutput.Number(writer, measure, h.MeasureRequired);
            JsonOutput.Number(writer, measure + "_rostered", h.MeasureRostered ?? double.NaN);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("shifts");
        foreach (var s in role.Shifts)
        {
            writer.WriteStartObject();
            writer.WriteString("start", Iso(s.Shift.Start, zone));
            writer.WriteString("end", Iso(s.Shift.End, zone));
            writer.WriteString("label", StaffingText.Span(s.Shift.Start, s.Shift.End, zone));
            writer.WriteNumber("count", s.Count);
            JsonOutput.Number(writer, "hours", s.Shift.Hours, 2);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("changes");
        foreach (var c in role.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("action", c.Action == RosterAction.CallIn ? "call-in" : "release");
            writer.WriteString("start", Iso(c.Start, zone));
            writer.WriteString("end", Iso(c.End, zone));
            writer.WriteNumber("count", c.Count);
            writer.WriteString("text", StaffingText.Recommendation(site, role.Role, c, zone));
            writer.WriteString("why", StaffingText.Why(role.Policy, c));
            writer.WriteNumber("hours_affected", c.HoursAffected);
            JsonOutput.Number(writer, "expected_arrivals", c.ExpectedArrivals, 1);
            JsonOutput.Number(writer, "offered_load", c.MeanOfferedLoad, 2);
            writer.WriteString("measure", measure);
            JsonOutput.Number(writer, "before", c.WorstBefore);
            JsonOutput.Number(writer, "after", c.WorstAfter);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteCsv(TextWriter output, StaffingPlan plan, TimeZoneInfo zone)
    {
        var text = new StringBuilder("site,role,hour,arrivals,offered_load,required,planned,rostered,gap\n");
        foreach (var site in plan.Sites)
        {
            foreach (var role in site.Roles)
            {
                foreach (var h in role.Hours)
                {
                    text.Append(Invariant, $"{Csv.Field(site.Site)},{Csv.Field(role.Role)},{Iso(h.Hour, zone)},{h.ExpectedArrivals:0.###},{h.OfferedLoad:0.###},{h.Required},{h.Planned},{h.Rostered},{h.Gap}\n");
                }
            }
        }
        output.Write(text);
    }

    static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    static string Iso(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant);
}
