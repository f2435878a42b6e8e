using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Assignments;

public sealed class GrantEndpointsTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    private async Task<string> NewUserAsync() => (await server.NewUserAsync(server.DomainId)).Id;

    private JsonObject Scope(string grantTemplate) => grantTemplate switch
    {
        _ when grantTemplate.StartsWith("/v3/projects/", StringComparison.Ordinal) => IdentityTokens.ProjectScope(server.ProjectId),
        _ when grantTemplate.StartsWith("/v3/domains/", StringComparison.Ordinal) => IdentityTokens.DomainScope(server.DomainId),
        _ => IdentityTokens.SystemScope(),
    };

    [Theory]
    [InlineData("/v3/projects/{p}/users/{u}/roles")]
    [InlineData("/v3/domains/{d}/users/{u}/roles")]
    [InlineData("/v3/system/users/{u}/roles")]
    public async Task PutCheckListDelete_UserGrant_Works(string template)
    {
        var (user, name) = await server.NewUserAsync(server.DomainId);
        var roles = template.Replace("{p}", server.ProjectId, StringComparison.Ordinal)
            .Replace("{d}", server.DomainId, StringComparison.Ordinal).Replace("{u}", user, StringComparison.Ordinal);
        var grant = $"{roles}/{server.MemberRoleId}";

        Assert.Equal(404, (await server.SendAsync(HttpMethod.Head, grant)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Put, grant)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Head, grant)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Get, grant)).Status);
        var (_, list) = await server.SendAsync(HttpMethod.Get, roles);
        Assert.Equal("member", Assert.Single(list!["roles"]!.AsArray())!["name"]!.GetValue<string>());
        var token = await server.PasswordTokenAsync(name, Scope(template), server.DomainId);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, grant)).Status);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
        var (gone, error) = await server.SendAsync(HttpMethod.Delete, grant);
        Assert.Equal(404, gone);
        Assert.StartsWith($"Could not find role assignment with role: {server.MemberRoleId}, user or group: {user}", error!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_UnknownRoleUserOrProject_NotFound()
    {
        var user = await NewUserAsync();

        var (role, roleError) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.ProjectId}/users/{user}/roles/nope");
        var (actor, actorError) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.ProjectId}/users/nope/roles/{server.MemberRoleId}");
        var (project, projectError) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/nope/users/{user}/roles/{server.MemberRoleId}");
        var (group, _) = await server.SendAsync(HttpMethod.Put, $"/v3/domains/{server.DomainId}/groups/nope/roles/{server.MemberRoleId}");

        Assert.Equal((404, "Could not find role: nope."), (role, roleError!["error"]!["message"]!.GetValue<string>()));
        Assert.Equal((404, "Could not find user: nope."), (actor, actorError!["error"]!["message"]!.GetValue<string>()));
        Assert.Equal((404, "Could not find project: nope."), (project, projectError!["error"]!["message"]!.GetValue<string>()));
        Assert.Equal(404, group);
    }

    [Fact]
    public async Task Put_AsProjectMember_Forbidden()
    {
        var user = await NewUserAsync();

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.ProjectId}/users/{user}/roles/{server.MemberRoleId}", Persona.ProjectMember);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task InheritedGrants_OnDomainAndProject_AreStoredAsInherited()
    {
        var user = await NewUserAsync();
        var onDomain = $"/v3/OS-INHERIT/domains/{server.DomainId}/users/{user}/roles/{server.ReaderRoleId}/inherited_to_projects";
        var onProject = $"/v3/OS-INHERIT/projects/{server.ProjectId}/users/{user}/roles/{server.ReaderRoleId}/inherited_to_projects";

        Assert.Equal(204, (await server.SendAsync(HttpMethod.Put, onDomain)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Put, onProject)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Head, onDomain)).Status);
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-INHERIT/domains/{server.DomainId}/users/{user}/roles/inherited_to_projects");
        var (_, direct) = await server.SendAsync(HttpMethod.Get, $"/v3/domains/{server.DomainId}/users/{user}/roles");
        var inherited = await server.WithDbAsync(db => db.RoleAssignments.CountAsync(a => a.ActorId == user && a.Inherited));

        Assert.Single(list!["roles"]!.AsArray());
        Assert.Empty(direct!["roles"]!.AsArray());
        Assert.Equal(2, inherited);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, onProject)).Status);
    }

    [Fact]
    public async Task Put_DomainRoleOnProjectOfAnotherDomain_Forbidden()
    {
        var user = await NewUserAsync();
        var role = await server.Admin.CreateAsync("v3/roles", "role", new JsonObject { ["name"] = "other-" + user[..6], ["domain_id"] = "default" });

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.ProjectId}/users/{user}/roles/{role}");
        var (system, _) = await server.SendAsync(HttpMethod.Put, $"/v3/system/users/{user}/roles/{role}");

        Assert.Equal(403, status);
        Assert.Equal(400, system);
    }
}
