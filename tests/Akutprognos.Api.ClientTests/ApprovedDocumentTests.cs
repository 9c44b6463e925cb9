using System.Text.Json;
using System.Text.Json.Nodes;
using Akutprognos.TestSupport;

namespace Akutprognos.Api.ClientTests;

/// <summary>
/// The served document against the copy checked in beside this file, so that every change to the API's contract is a
/// deliberate one, seen in review (the README says what may change without notice and how a breaking change is announced).
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class ApprovedDocumentTests(LiveApp app)
{
    const string Approved = "openapi.approved.json";
    const string Received = "openapi.received.json";
    const string ApproveVariable = "AKUTPROGNOS_APPROVE_OPENAPI";
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task ServedDocument_SameAsApprovedCopy()
    {
        var folder = Path.Combine(Repository.Root, "tests", "Akutprognos.Api.ClientTests");
        var served = Canonical(await app.DocumentAsync());
        var approvedPath = Path.Combine(folder, Approved);
        var receivedPath = Path.Combine(folder, Received);
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1" && !Repository.InCi)
        {
            await File.WriteAllTextAsync(approvedPath, served);
        }
        var approved = File.Exists(approvedPath) ? Canonical(await File.ReadAllTextAsync(approvedPath)) : "";

        if (served != approved)
        {
            await File.WriteAllTextAsync(receivedPath, served);
        }
        else
        {
            File.Delete(receivedPath);
        }
        Assert.True(served == approved,
            $"The served OpenAPI document differs from tests/Akutprognos.Api.ClientTests/{Approved}; it is written to {Received} beside it. " +
            $"If the change is meant, rerun this test with {ApproveVariable}=1 to copy it over, review the diff and commit it; " +
            "a breaking change also needs its notice in the README's API section.");
    }

    /// <summary>The document indented the same way, with the server (the test's own port) left out.</summary>
    static string Canonical(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }
}
