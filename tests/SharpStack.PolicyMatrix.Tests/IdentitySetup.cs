using System.Text.Json.Nodes;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>Makes Identity's resources for targets through its REST API, as the system admin unless a user must act itself.</summary>
internal sealed class IdentitySetup(ServiceSetup identity)
{
    public const string UserPassword = "matrix-secret";
    private const Persona Admin = Persona.SystemAdmin;

    private readonly Lazy<Task<string>> _readerRole = new(() => RoleIdAsync(identity, "reader"));
    private readonly Lazy<Task<string>> _appCredentialProject = new(() => CreateAsync(identity, "v3/projects", "project", new JsonObject { ["name"] = "matrix-application-credentials" }));

    public PersonaDirectory Personas => identity.Personas;

    public PersonaTargets Ids => identity.Personas.Targets;

    public Task<string> ReaderRoleAsync() => _readerRole.Value;

    public Task<string> CreateAsync(string path, string member, JsonObject body) => CreateAsync(identity, path, member, body);

    public Task<JsonNode?> AdminAsync(HttpMethod method, string path, JsonNode? body = null) => identity.SendAsync(Admin, method, path, body);

    public Task<JsonNode?> AsAsync(string token, HttpMethod method, string path, JsonNode? body = null) => identity.SendAsync(token, "a matrix user", method, path, body);

    public string DomainOf(string suffix) => suffix == "A" ? Ids.DomainAId : Ids.DomainBId;

    public Task<string> UserAsync(string domainId, string name) =>
        CreateAsync("v3/users", "user", new JsonObject { ["name"] = name, ["domain_id"] = domainId, ["password"] = UserPassword });

    public Task<string> ProjectAsync(string domainId, string name) =>
        CreateAsync("v3/projects", "project", new JsonObject { ["name"] = name, ["domain_id"] = domainId });

    public Task<string> GroupAsync(string domainId, string name) =>
        CreateAsync("v3/groups", "group", new JsonObject { ["name"] = name, ["domain_id"] = domainId });

    public Task<string> RoleAsync(string name) => CreateAsync("v3/roles", "role", new JsonObject { ["name"] = name });

    public Task<string> ServiceAsync(string name) => CreateAsync("v3/services", "service", new JsonObject { ["type"] = name, ["name"] = name });

    public Task<string> EndpointAsync(string serviceId, string name) => CreateAsync("v3/endpoints", "endpoint", new JsonObject
    {
        ["service_id"] = serviceId,
        ["interface"] = "public",
        ["url"] = $"http://127.0.0.1:9/{name}",
        ["region_id"] = IdentityServer.RegionName,
    });

    public Task GrantAsync(string path) => AdminAsync(HttpMethod.Put, path);

    /// <summary>A fresh token of <paramref name="userId"/> (password <see cref="UserPassword"/>) for <paramref name="scope"/>.</summary>
    public Task<string> TokenAsync(string userName, string domainId, JsonObject? scope) =>
        IdentityTokens.IssueAsync(identity.Client, userName, domainId, UserPassword, scope);

    /// <summary>A fresh unscoped token of a persona's own user.</summary>
    public Task<string> PersonaTokenAsync(Persona persona)
    {
        var account = Personas.Account(persona);
        return IdentityTokens.IssueAsync(identity.Client, account.UserName, account.DomainId, account.Password, null);
    }

    /// <summary>
    /// A project-scoped token of the persona's user: its own token when it is project-scoped, else a fresh token for a
    /// project on which it is given the reader role only for this (system and domain personas own application
    /// credentials too).
    /// </summary>
    public async Task<string> PersonaProjectTokenAsync(Persona persona)
    {
        var account = Personas.Account(persona);
        if (account.ProjectId is not null)
        {
            return await Personas.TokenAsync(persona);
        }

        var project = await _appCredentialProject.Value;
        await GrantAsync($"v3/projects/{project}/users/{account.UserId}/roles/{await ReaderRoleAsync()}");
        return await IdentityTokens.IssueAsync(identity.Client, account.UserName, account.DomainId, account.Password, IdentityTokens.ProjectScope(project));
    }

    private static async Task<string> CreateAsync(ServiceSetup identity, string path, string member, JsonObject body)
    {
        var created = await identity.SendAsync(Admin, HttpMethod.Post, path, new JsonObject { [member] = body });
        return created![member]!["id"]!.GetValue<string>();
    }

    private static async Task<string> RoleIdAsync(ServiceSetup identity, string name)
    {
        var roles = await identity.SendAsync(Admin, HttpMethod.Get, $"v3/roles?name={name}");
        return roles!["roles"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }
}
