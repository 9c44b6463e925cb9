using System.CommandLine;
using System.Globalization;
using System.Text;
using Akutprognos.Cli.Output;
using Akutprognos.Ingest.Weblogs;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos visitors LOG…</c>: exact distinct visitors per local hour from access logs (evaluation §2), as
/// CSV <c>hour,visitors</c>, with one more column per <c>--signal-rule</c>. Visitors are hashed with a key that
/// lives only in this process: nothing identifying is written anywhere.
/// </summary>
static class VisitorsCommand
{
    const string Primary = "visitors";

    public static Command Create()
    {
        var input = new WeblogInput();
        var output = new Option<string>("--out") { Description = "Write the CSV to this file instead of stdout" };
        var command = new Command("visitors", "Distinct human visitors per local hour from web server access logs (CSV hour,visitors)") { output };
        input.AddTo(command);
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var progress = new ScanProgress();
            var options = input.Options(result, Primary, VisitorKey.Ephemeral(), progress);
            WeblogResult read;
            using (new ProgressBar(progress))
            {
                read = new WeblogReader(options).Read(input.Logs(result));
            }
            WeblogReport.Write(read, Primary);
            read.EnsureUsable();
            var csv = Csv(read, options);
            if (result.GetValue(output) is { } path)
            {
                Output.Csv.WriteAtomically(path, csv);
            }
            else
            {
                Console.Out.Write(csv);
            }
            return 0;
        }));
        return command;
    }

    static string Csv(WeblogResult read, WeblogOptions options)
    {
        var names = read.Signals;
        var columns = names.Select(read.Hourly).Select(hours => hours.ToDictionary(h => h.Hour, h => h.Visitors)).ToList();
        var text = new StringBuilder("hour,visitors");
        foreach (var name in names.Skip(1))
        {
            text.Append(',').Append(Output.Csv.Field(name));
        }
        text.Append('\n');
        foreach (var hour in columns.SelectMany(c => c.Keys).Distinct().Order())
        {
            text.Append(JsonOutput.LocalTime(hour, options.TimeZone));
            foreach (var column in columns)
            {
                text.Append(',').Append(column.GetValueOrDefault(hour).ToString(CultureInfo.InvariantCulture));
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
