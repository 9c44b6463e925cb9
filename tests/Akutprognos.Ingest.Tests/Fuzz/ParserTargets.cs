using System.IO.Compression;
using System.Text;
using Akutprognos.Ingest.Analytics;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Board;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Fhir;
using Akutprognos.Ingest.Staffing;
using Akutprognos.Ingest.Visitors;
using Akutprognos.Ingest.Visits;
using Akutprognos.Ingest.Weblogs;
using CsCheck;

namespace Akutprognos.Ingest.Fuzz;

/// <summary>
/// Every parser of input files as a fuzz target: bytes in, read through the parser's public entry as a file.
/// A target may refuse its input with <see cref="InputException"/>; any other exception is a defect. Shared by
/// the short runs in the tests and the long run of <c>bench/fuzz</c>.
/// </summary>
public static class ParserTargets
{
    const string Log = "203.0.113.17 - - [06/Jan/2025:18:01:00 +0100] \"GET /a?q=1 HTTP/1.1\" 200 10 \"https://x.se/\" \"Mozilla/5.0 (X11)\"\n" +
        "198.51.100.2 - - [06/Jan/2025:18:02:00 +0100] \"GET /app.js HTTP/1.1\" 304 - \"-\" \"Googlebot/2.1\"\n";

    const string Encounter = """{"resourceType": "Encounter", "id": "e1", "identifier": [{"value": "V1"}], "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"}, "period": {"start": "2024-03-05T14:07:00+01:00"}, "serviceProvider": {"display": "Danderyd"}}""";

    /// <summary>One parser: its name, a few valid inputs to mutate, and how to read a file with it.</summary>
    public sealed record Target(string Name, string Extension, IReadOnlyList<byte[]> Seeds, Action<string> Read);

    public static IReadOnlyList<Target> All(string keyFolder)
    {
        var key = VisitIdKey.LoadOrCreate(Path.Combine(keyFolder, "visit-id.key"));
        var clock = TimeProvider.System;
        var arrivals = new ArrivalsCsvOptions { DefaultSite = "A", Clock = clock };
        return
        [
            new("arrivals-csv", ".csv", Seeds(
                "date,count\n2024-03-05,120\n2024-03-06,131\n",
                "timestamp;count;site\n2024-03-31 01:00;4;Södersjukhuset\n2024-03-31 02:00;5;SÖS\n2024-10-27 02:00;3;SÖS\n2024-10-27 02:00;2;SÖS\n",
                "arrival,id,site\n05.03.2024 14:07,v1,Danderyd\n45356,5868,v2,Danderyd\n2024-03-05T14:07:00Z,v1,Danderyd\n",
                "\"timestamp\",\"count\"\n\"2024-03-05T14:00:00+01:00\",\"7\"\n"),
                path => new ArrivalsCsvReader(arrivals).Read(path)),
            new("visits-csv", ".csv", Seeds(
                "arrival,id,site,triage,age\n2024-03-05 14:07,v1,A,2,18-64\n2024-03-05 14:09,v2,B,röd,\n2024-03-05 14:07,v1,A,2,18-64\n"),
                path => _ = new VisitsCsvReader(arrivals with { TriageColumn = "triage", AgeBandColumn = "age" }, key).Read(path, 0).Visits.Count()),
            new("fhir", ".json", Seeds(
                Encounter + "\n" + Encounter.Replace("\"e1\"", "\"e2\"", StringComparison.Ordinal) + "\n",
                $$$"""{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {{{Encounter}}}, {"resource": {"resourceType": "Patient", "id": "p"}}]}"""),
                path => _ = new FhirEncounterReader(new FhirEncounterOptions { Clock = clock }, key).Read(path, 0).Visits.Count()),
            new("visitors-csv", ".csv", Seeds("hour,visitors\n2025-01-06T18:00:00+01:00,3\n2025-01-06T19:00:00+01:00,4\n", "timestamp;visitors\n2025-03-30 02:00;5\n"),
                path => new VisitorsCsvReader(new VisitorsCsvOptions { Clock = clock }).Read(path)),
            new("analytics", ".csv", Seeds(
                "# ----\n# Hourly\n# ----\nDate + hour (YYYYMMDDHH),Total users\n2025010618,120\n2025010619,99\n",
                """{"2025-01-06":[{"label":"18h","nb_uniq_visitors":5},{"label":"19h","nb_visits":7}]}""",
                "Date,Server time,Unique visitors\n2025-01-06,18h,5\n"),
                path => new AnalyticsExport(new VisitorsCsvOptions { Clock = clock }).Read(path)),
            Weblog("weblog-auto", LogFormat.Auto),
            Weblog("weblog-w3c", LogFormat.W3c, "#Software: IIS\n#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent)\n2025-01-06 17:01:00 203.0.113.17 GET /a 200 Mozilla/5.0+(X11)\n"),
            Weblog("weblog-json", LogFormat.Json, """{"time":"2025-01-06T18:01:00+01:00","remote_addr":"203.0.113.17","request":"GET /a HTTP/1.1","status":200,"http_user_agent":"Mozilla/5.0"}""" + "\n"),
            new("roster-csv", ".csv", Seeds("site,role,start,end,name\nA,nurse,2025-01-06 07:00,2025-01-06 15:30,Anna\n"),
                path => new RosterCsvReader(["A"], ["nurse", "doctor"], Core.Calendar.LocalDays.Stockholm).Read(path)),
            new("staffing-json", ".json", Seeds("""{"sites": {"A": {"roles": {"nurse": {"minutesPerPatient": 30, "targetMinutes": 20, "serviceLevel": 0.8, "shifts": ["07:00-15:30"]}}}}}"""),
                path => StaffingConfigJson.ReadFile(path)),
            new("cards-json", ".json", Seeds("""[{"title": "Fler sängar", "body": "Till onsdag", "column": "Idéer"}]""", """{"cards": [{"title": "x"}]}"""),
                path => CardsJsonReader.Read(path)),
        ];
    }

    static Target Weblog(string name, LogFormat format, string? seed = null)
    {
        var plain = Encoding.UTF8.GetBytes(seed ?? Log);
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(plain);
        }
        return new(name, ".log", [plain, gz.ToArray(), [.. Encoding.UTF8.GetBytes(seed ?? Log), .. "\n\n\0\r\n"u8]], path =>
        {
            var result = new WeblogReader(new WeblogOptions { Format = format, Workers = 1 }) { PieceBytes = 97 }.Read([path]);
            var c = result.Counts;
            if (c.Lines != c.PageViews + c.Crawlers + c.Assets + c.Errors + c.OtherMethods + c.Malformed + c.Skipped)
            {
                throw new InvalidOperationException("a line landed in no count, or in two");
            }
            result.EnsureUsable();
        });
    }

    static byte[][] Seeds(params string[] texts) =>
        [.. texts.Select(Encoding.UTF8.GetBytes), .. texts.Take(1).Select(t => Csv.CsvDialect.Windows1252.GetBytes(t)), []];

    /// <summary>
    /// Inputs for <paramref name="target"/>: a seed changed by a few byte-level edits (overwrite, delete a run,
    /// insert bytes or a piece of the seed, cut the end), or random bytes.
    /// </summary>
    public static Gen<byte[]> Inputs(Target target) =>
        Gen.Frequency(
            (9, Gen.Select(Gen.Int[0, target.Seeds.Count - 1], Gen.Int.Array[0, 8], Gen.Byte.Array[1, 24], (s, edits, bytes) => Mutate(target.Seeds[s], edits, bytes))),
            (1, Gen.Byte.Array[0, 512]));

    static readonly byte[] Specials = [.. "\"\n;,{}[]\\\r\t\0:-+TZ.å"u8];

    static byte[] Mutate(byte[] seed, int[] edits, byte[] bytes)
    {
        var data = new List<byte>(seed);
        foreach (var edit in edits)
        {
            var at = data.Count == 0 ? 0 : (int)((uint)edit >> 4) % data.Count;
            switch (edit & 7)
            {
                case 0: if (data.Count > 0) { data[at] = bytes[at % bytes.Length]; } break;
                case 1: data.RemoveRange(at, Math.Min(data.Count - at, 1 + (int)((uint)edit >> 24) % 24)); break;
                case 2: data.InsertRange(at, bytes); break;
                case 3: data.InsertRange(at, seed.Skip(at).Take(1 + (int)((uint)edit >> 24) % 64)); break;
                case 4: data.RemoveRange(at, data.Count - at); break;
                case 5: data.Insert(at, Specials[(int)((uint)edit >> 24) % Specials.Length]); break;
                case 6: data.InsertRange(at, Encoding.UTF8.GetBytes(((int)((uint)edit >> 8)).ToString(System.Globalization.CultureInfo.InvariantCulture))); break;
                default: if (data.Count > 0) { data[at] = (byte)(data[at] ^ (1 << ((edit >> 28) & 7))); } break;
            }
        }
        return [.. data];
    }

    /// <summary>Writes <paramref name="input"/> to a file of its own and reads it; null when the parser read or refused it, else the defect.</summary>
    public static Exception? Run(Target target, byte[] input, string folder)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + target.Extension);
        File.WriteAllBytes(path, input);
        try
        {
            target.Read(path);
            return null;
        }
        catch (InputException)
        {
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
