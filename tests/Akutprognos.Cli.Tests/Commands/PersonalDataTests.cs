using System.Text;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>
/// Known visit ids, encounter ids, client addresses and user agents go through the ingest commands, on good and
/// on refused input; none may appear in any output, message or file they leave, and the files are the owner's alone.
/// </summary>
public sealed class PersonalDataTests
{
    static readonly string[] Secrets = ["PATIENT-7731-XQ", "ENC-SECRET-42", "VISITNR-99812", "203.0.113.99", "2001:db8::beef", "LeakProbe/9.9"];

    static string Encounter(string id, string identifier, string start) =>
        $$$"""{"resourceType": "Encounter", "id": "{{{id}}}", "identifier": [{"value": "{{{identifier}}}"}], "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"}, "period": {"start": "{{{start}}}"}, "serviceProvider": {"display": "Danderyd"}}""";

    [Fact]
    public void IngestCommands_KnownIdentifiers_NeverInOutputsMessagesOrFiles()
    {
        using var folder = new ScratchFolder();
        var db = folder.PathOf("data/akutprognos.db");
        var environment = new Dictionary<string, string>
        {
            ["AKUTPROGNOS_KEY_FILE"] = folder.PathOf("keys/visitor.key"),
            ["HOME"] = folder.PathOf("home"),
        };
        var visitKey = folder.PathOf("keys/visit-id.key");
        var csv = folder.Write("visits.csv", "arrival,id,site\n2024-03-05 14:07,PATIENT-7731-XQ,Danderyd\n2024-03-05 15:07,VISITNR-99812,Danderyd\n");
        var conflicting = folder.Write("conflict.csv", "arrival,id,site\n2024-03-05 14:07,PATIENT-7731-XQ,Danderyd\n2024-03-05 14:09,PATIENT-7731-XQ,Danderyd\n");
        var fhir = folder.Write("enc.ndjson", Encounter("ENC-SECRET-42", "VISITNR-99812", "2024-03-05T15:07:00+01:00") + "\n");
        var badFhir = folder.Write("bad.ndjson", Encounter("ENC-SECRET-42", "VISITNR-99812", "2024-03-05") + "\n");
        var log = folder.Write("access.log",
            "203.0.113.99 - - [06/Jan/2025:18:01:00 +0100] \"GET /a HTTP/1.1\" 200 10 \"-\" \"LeakProbe/9.9\"\n" +
            "2001:db8::beef - - [06/Jan/2025:18:02:00 +0100] \"GET /b HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 LeakProbe/9.9\"\n" +
            "203.0.113.99 - - [06/Jan/2025:18:03:00 +0100] \"GET /c HTTP/1.1\" 999 LeakProbe/9.9 broken\n");
        var backup = folder.PathOf("backups/copy.db");

        Cli.Run[] runs =
        [
            Cli.Akutprognos(environment, "ingest", "arrivals", csv, "--db", db, "--key-file", visitKey),
            Cli.Akutprognos(environment, "ingest", "arrivals", conflicting, "--db", db, "--key-file", visitKey),
            Cli.Akutprognos(environment, "ingest", "arrivals", fhir, "--db", db, "--key-file", visitKey),
            Cli.Akutprognos(environment, "ingest", "arrivals", badFhir, "--db", db, "--key-file", visitKey),
            Cli.Akutprognos(environment, "ingest", "weblog", log, "--db", db),
            Cli.Akutprognos(environment, "visitors", log),
            Cli.Akutprognos(environment, "export", "arrivals", "--db", db),
            Cli.Akutprognos(environment, "backup", "--db", db, "--out", backup),
        ];

        Assert.Equal([0, 1, 0, 1, 0, 0, 0, 0], runs.Select(r => r.ExitCode));
        Assert.Contains("Danderyd", runs[6].Out, StringComparison.Ordinal);
        foreach (var (run, i) in runs.Select((r, i) => (r, i)))
        {
            AssertNoSecret(run.Out + run.Error, $"the output of run {i + 1}");
        }
        var written = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Where(f => f != csv && f != conflicting && f != fhir && f != badFhir && f != log).ToList();
        Assert.Contains(written, f => f.EndsWith("akutprognos.db", StringComparison.Ordinal));
        Assert.Contains(backup, written);
        foreach (var file in written)
        {
            var bytes = File.ReadAllBytes(file);
            AssertNoSecret(Encoding.Latin1.GetString(bytes), file);
            AssertNoSecret(Encoding.Unicode.GetString(bytes), file);
            if (!OperatingSystem.IsWindows())
            {
                Assert.True((File.GetUnixFileMode(file) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0,
                    $"{file} has mode {File.GetUnixFileMode(file)}; only its owner may read it");
            }
        }
    }

    static void AssertNoSecret(string text, string where)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{secret} found in {where}");
        }
    }
}
