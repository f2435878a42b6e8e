using SharpStack.Identity.Tests.Assignments;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Roles;

public sealed class RoleEndpointsTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task CreateGetUpdateDelete_GlobalRole_RoundTrips()
    {
        var name = Unique("role-");
        var (created, body) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name, description = "d" } });
        var id = body!["role"]!["id"]!.GetValue<string>();

        Assert.Equal(201, created);
        Assert.Null(body["role"]!["domain_id"]);
        Assert.Equal(new Uri(server.BaseUri, $"v3/roles/{id}").ToString(), body["role"]!["links"]!["self"]!.GetValue<string>());
        var (got, getBody) = await server.SendAsync(HttpMethod.Get, $"/v3/roles/{id}");
        Assert.Equal(200, got);
        Assert.Equal(name, getBody!["role"]!["name"]!.GetValue<string>());
        var (patched, patchBody) = await server.SendAsync(HttpMethod.Patch, $"/v3/roles/{id}", body: new { role = new { name = name + "x" } });
        Assert.Equal(200, patched);
        Assert.Equal(name + "x", patchBody!["role"]!["name"]!.GetValue<string>());
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, $"/v3/roles/{id}")).Status);
        var (missing, error) = await server.SendAsync(HttpMethod.Get, $"/v3/roles/{id}");
        Assert.Equal(404, missing);
        Assert.Equal($"Could not find role: {id}.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_DuplicateName_Conflict()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name = "member" } });

        Assert.Equal(409, status);
        Assert.Equal("Conflict occurred attempting to store role - Duplicate entry found with name member.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_MissingName_BadRequestNamingTheField()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { description = "x" } });

        Assert.Equal(400, status);
        Assert.Contains("'name' is a required property", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithoutDomainFilter_OnlyGlobalRoles_AndDomainFilterListsDomainRoles()
    {
        var name = Unique("dr-");
        var (created, _) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name, domain_id = server.DomainId } });
        var (_, global) = await server.SendAsync(HttpMethod.Get, "/v3/roles");
        var (_, domain) = await server.SendAsync(HttpMethod.Get, $"/v3/roles?domain_id={server.DomainId}");
        var (_, byName) = await server.SendAsync(HttpMethod.Get, "/v3/roles?name=reader");

        Assert.Equal(201, created);
        Assert.DoesNotContain(global!["roles"]!.AsArray(), r => r!["name"]!.GetValue<string>() == name);
        Assert.Contains(domain!["roles"]!.AsArray(), r => r!["name"]!.GetValue<string>() == name);
        Assert.Single(byName!["roles"]!.AsArray());
        Assert.Null(global["links"]!["next"]);
    }

    [Fact]
    public async Task Update_DomainId_BadRequest()
    {
        var (_, body) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name = Unique("r-") } });
        var id = body!["role"]!["id"]!.GetValue<string>();

        var (status, error) = await server.SendAsync(HttpMethod.Patch, $"/v3/roles/{id}", body: new { role = new { domain_id = server.DomainId } });

        Assert.Equal(400, status);
        Assert.Equal("Update of `domain_id` is not allowed.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_AsProjectMember_Forbidden_AndWithoutToken_Unauthorized()
    {
        var (forbidden, body) = await server.SendAsync(HttpMethod.Post, "/v3/roles", Persona.ProjectMember, new { role = new { name = Unique("r-") } });
        var (unauthorized, _) = await server.SendAsync(HttpMethod.Get, "/v3/roles", persona: null);

        Assert.Equal(403, forbidden);
        Assert.Equal("You are not authorized to perform the requested action: identity:create_role.", body!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(401, unauthorized);
    }

    [Fact]
    public async Task ImpliedRoles_CreateGetCheckListDelete()
    {
        var (_, prior) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name = Unique("p-") } });
        var priorId = prior!["role"]!["id"]!.GetValue<string>();
        var path = $"/v3/roles/{priorId}/implies/{server.ReaderRoleId}";

        var (created, body) = await server.SendAsync(HttpMethod.Put, path);
        Assert.Equal(201, created);
        Assert.Equal(priorId, body!["role_inference"]!["prior_role"]!["id"]!.GetValue<string>());
        Assert.Equal("reader", body["role_inference"]!["implies"]!["name"]!.GetValue<string>());
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, path)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Head, path)).Status);
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/roles/{priorId}/implies");
        Assert.Single(list!["role_inference"]!["implies"]!.AsArray());
        var (_, inferences) = await server.SendAsync(HttpMethod.Get, "/v3/role_inferences");
        Assert.Contains(inferences!["role_inferences"]!.AsArray(), i => i!["prior_role"]!["id"]!.GetValue<string>() == priorId);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, path)).Status);
        var (gone, error) = await server.SendAsync(HttpMethod.Get, path);
        Assert.Equal(404, gone);
        Assert.Equal($"{priorId} does not imply {server.ReaderRoleId}.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ImpliedRoles_ImplyingAdmin_Forbidden_AndGlobalImplyingDomainRole_Forbidden()
    {
        var (_, domainRole) = await server.SendAsync(HttpMethod.Post, "/v3/roles", body: new { role = new { name = Unique("d-"), domain_id = server.DomainId } });
        var domainRoleId = domainRole!["role"]!["id"]!.GetValue<string>();

        var (admin, adminError) = await server.SendAsync(HttpMethod.Put, $"/v3/roles/{server.MemberRoleId}/implies/{server.AdminRoleId}");
        var (domain, _) = await server.SendAsync(HttpMethod.Put, $"/v3/roles/{server.MemberRoleId}/implies/{domainRoleId}");
        var (unknown, _) = await server.SendAsync(HttpMethod.Put, $"/v3/roles/nope/implies/{server.ReaderRoleId}");

        Assert.Equal(403, admin);
        Assert.Equal($"{server.AdminRoleId} cannot be an implied roles.", adminError!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(403, domain);
        Assert.Equal(404, unknown);
    }
}
