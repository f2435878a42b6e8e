using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Assignments;

/// <summary>
/// Identity with the harness's personas for the role, grant and catalog tests: domain A and project A are the personas',
/// and the ids of the three default roles are looked up once.
/// </summary>
public sealed class AssignmentsCloud : IdentityCloud
{
    public string DomainId => Targets.DomainAId;

    public string ProjectId => Targets.ProjectAId;

    public string MemberUserId => Account(Persona.ProjectMember).UserId;

    public string ReaderUserId => Account(Persona.ProjectReader).UserId;

    public string AdminRoleId { get; private set; } = "";

    public string MemberRoleId { get; private set; } = "";

    public string ReaderRoleId { get; private set; } = "";

    /// <summary>A user row without a password, for tests that put assignments straight into the database.</summary>
    internal static User NewUser(string id, string domainId) =>
        new() { Id = id, DomainId = domainId, Name = id, CreatedAt = DateTime.UtcNow };

    /// <summary>Sends a request as <paramref name="persona"/> (none when null) with a JSON body (a string is sent as is).</summary>
    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, Persona? persona = Persona.SystemAdmin, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (persona is { } caller)
        {
            request.Headers.Add("X-Auth-Token", await TokenAsync(caller));
        }

        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected override async Task SeedAsync()
    {
        AdminRoleId = await Admin.RoleIdAsync("admin");
        MemberRoleId = await Admin.RoleIdAsync("member");
        ReaderRoleId = await Admin.RoleIdAsync("reader");
    }
}
