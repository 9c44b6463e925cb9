using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos erlang</c>: the Erlang C staffing calculator of evaluation.md §3, on its own. Numbers may be
/// written as fractions (<c>--target-minutes 1/3</c>) so a target of 20 seconds need not be rounded.
/// </summary>
static class ErlangCommand
{
    public static Command Create()
    {
        var arrivals = Number("--arrivals-per-hour", "Arrivals per hour (λ)", required: true);
        var minutes = Number("--minutes-per-patient", "Mean service time per patient in minutes", required: true);
        var servers = new Option<int?>("--servers") { Description = "Staff on duty: report this staffing" };
        var level = Number("--service-level", "Target share waiting at most --target-minutes: find the fewest staff", required: false);
        var target = Number("--target-minutes", "The wait the service level counts as acceptable, in minutes", required: true);
        var json = CommonOptions.Json();
        var command = new Command("erlang", "Erlang C (M/M/s): service level, wait and occupancy for a staffing, or the fewest staff for a target")
        {
            arrivals, minutes, servers, level, target, json,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var (s, p) = (result.GetValue(servers), result.GetValue(level));
            if ((s is null) == (p is null))
            {
                throw new UsageException("give either --servers S (evaluate a staffing) or --service-level P (find the fewest staff), not both or neither");
            }
            var measures = Evaluate(Parse(result.GetValue(arrivals)!, "--arrivals-per-hour"), Parse(result.GetValue(minutes)!, "--minutes-per-patient"),
                s, p is null ? null : Parse(p, "--service-level"), Parse(result.GetValue(target)!, "--target-minutes"));
            Console.Out.WriteLine(result.GetValue(json) ? Json(measures) : Table(measures));
            return 0;
        }));
        return command;
    }

    static QueueMeasures Evaluate(double arrivals, double minutes, int? servers, double? level, double target)
    {
        try
        {
            return servers is { } s
                ? ErlangC.Evaluate(arrivals, minutes, s, target)
                : ErlangC.FewestServers(arrivals, minutes, level!.Value, target);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException(Option(e.ParamName) + ": " + e.Message.Split(" (Parameter", 2)[0].Split(Environment.NewLine)[0]);
        }
    }

    static string Option(string? parameter) => parameter switch
    {
        "arrivalsPerHour" => "--arrivals-per-hour",
        "minutesPerPatient" => "--minutes-per-patient",
        "servers" => "--servers",
        "serviceLevel" => "--service-level",
        _ => "--target-minutes",
    };

    public static string Json(QueueMeasures m)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("servers", m.Servers);
            writer.WriteNumber("offered_load", m.OfferedLoad);
            writer.WriteNumber("p_wait", m.PWait);
            writer.WriteNumber("service_level", m.ServiceLevel);
            writer.WriteNumber("occupancy", m.Occupancy);
            // JSON has no infinity: an unstable queue's mean wait is null.
            if (double.IsFinite(m.MeanWaitMinutes))
            {
                writer.WriteNumber("mean_wait_minutes", m.MeanWaitMinutes);
            }
            else
            {
                writer.WriteNull("mean_wait_minutes");
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static string Table(QueueMeasures m)
    {
        var wait = double.IsFinite(m.MeanWaitMinutes) ? m.MeanWaitMinutes.ToString("F7", CultureInfo.InvariantCulture) : "unbounded (staff ≤ offered load)";
        return string.Create(CultureInfo.InvariantCulture, $"""
            servers            {m.Servers}
            offered load       {m.OfferedLoad:F7} erlangs
            P(wait > 0)        {m.PWait:F7}
            service level      {m.ServiceLevel:F7}
            occupancy          {m.Occupancy:F7}
            mean wait          {wait} minutes
            """);
    }

    static Option<string> Number(string name, string description, bool required) =>
        new(name) { Description = description + " (a decimal number or a fraction such as 1/3)", Required = required };

    /// <summary>A decimal number with a point, or a fraction a/b.</summary>
    public static double Parse(string text, string option)
    {
        var parts = text.Split('/', 2);
        if (parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var value = double.Parse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (parts.Length == 2)
            {
                var divisor = double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                value = divisor != 0 ? value / divisor : throw new UsageException($"{option}: '{text}' divides by zero");
            }
            return double.IsFinite(value) ? value : throw new UsageException($"{option}: '{text}' is not a finite number");
        }
        throw new UsageException($"{option}: '{text}' is not a number (write e.g. 0.8, 3 or 1/3, with a decimal point)");
    }
}
