using System.CommandLine;
using Akutprognos.Core.Calendar;
using Akutprognos.Ingest.Weblogs;

namespace Akutprognos.Cli.Commands;

/// <summary>The options for reading access logs that <c>visitors</c> and <c>ingest weblog</c> share.</summary>
sealed class WeblogInput
{
    readonly Argument<string[]> logs = new("LOG") { Description = "Access logs, plain or .gz; globs allowed; all are one stream of traffic", Arity = ArgumentArity.OneOrMore };
    readonly Option<string> format = new("--format") { Description = "Log format", DefaultValueFactory = _ => "auto" };
    readonly Option<string[]> rules = new("--signal-rule")
    {
        Description = "A further signal counted in the same pass: NAME=GLOB on the path, e.g. symptoms=/sjukdomar--besvar/** (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };
    readonly Option<string[]> jsonFields = new("--json-field") { Description = "JSON log field for a role: ROLE=NAME[,NAME] with ROLE time, client, method, target, status, agent, request or visitor (repeatable)" };
    readonly Option<bool> visitorId = new("--visitor-id") { Description = "Count JSON logs' visitor id field as the visitor instead of address and user agent" };

    public WeblogInput() => format.AcceptOnlyFromAmong("auto", "common", "combined", "w3c", "json");

    public Option<string?> Zone { get; } = CommonOptions.TimeZone();

    public void AddTo(Command command)
    {
        command.Add(logs);
        command.Add(format);
        command.Add(Zone);
        command.Add(rules);
        command.Add(jsonFields);
        command.Add(visitorId);
    }

    public IReadOnlyList<string> Logs(ParseResult result) => result.GetValue(logs)!;

    /// <summary>The reader's options: the all-paths signal named <paramref name="primary"/> first, then the rules in order.</summary>
    public WeblogOptions Options(ParseResult result, string primary, VisitorKey key, ScanProgress progress)
    {
        try
        {
            var fields = (result.GetValue(jsonFields) ?? []).Aggregate(new JsonFields(), (f, assignment) => f.With(assignment));
            IReadOnlyList<SignalRule> signals = [new SignalRule(primary, SignalRule.All.PathGlob), .. (result.GetValue(rules) ?? []).Select(SignalRule.Parse)];
            var duplicate = signals.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new UsageException($"the signal '{duplicate.Key}' is named twice.");
            }
            return new WeblogOptions
            {
                Format = Enum.Parse<LogFormat>(result.GetValue(format)!, ignoreCase: true),
                TimeZone = CommonOptions.ResolveZone(result.GetValue(Zone) ?? LocalDays.Stockholm.Id),
                Signals = signals,
                JsonFields = fields,
                UseVisitorId = result.GetValue(visitorId),
                Key = key,
                Progress = progress,
            };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
