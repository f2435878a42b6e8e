using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Tests.Assignments;

public sealed class GrantEndpointsTests(AssignmentsApiServer server) : IClassFixture<AssignmentsApiServer>
{
    private async Task<string> NewUserAsync()
    {
        var id = KeystoneIds.New();
        await server.WithDbAsync(async db =>
        {
            db.Users.Add(AssignmentsApiServer.NewUser(id, server.DomainId));
            await db.SaveChangesAsync();
        });
        return id;
    }

    [Theory]
    [InlineData("/v3/projects/{p}/users/{u}/roles")]
    [InlineData("/v3/domains/{d}/users/{u}/roles")]
    [InlineData("/v3/system/users/{u}/roles")]
    public async Task PutCheckListDelete_UserGrant_Works(string template)
    {
        var user = await NewUserAsync();
        var roles = template.Replace("{p}", server.ProjectId, StringComparison.Ordinal)
            .Replace("{d}", server.DomainId, StringComparison.Ordinal).Replace("{u}", user, StringComparison.Ordinal);
        var grant = $"{roles}/{server.MemberRoleId}";

        Assert.Equal(404, (await server.SendAsync(HttpMethod.Head, grant)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Put, grant)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Head, grant)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Get, grant)).Status);
        var (_, list) = await server.SendAsync(HttpMethod.Get, roles);
        Assert.Equal("member", Assert.Single(list!["roles"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, grant)).Status);
        Assert.Contains(server.Revoker.Revocations, r => r.UserId == user && r.RoleId == server.MemberRoleId);
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

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.ProjectId}/users/{user}/roles/{server.MemberRoleId}", AssignmentsApiServer.MemberToken);

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
        var role = new Role { Id = KeystoneIds.New(), Name = "other-" + user[..6], DomainId = "default" };
        await server.WithDbAsync(async db =>
        {
            db.Roles.Add(role);
            await db.SaveChangesAsync();
        });

        var (status, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.ProjectId}/users/{user}/roles/{role.Id}");
        var (system, _) = await server.SendAsync(HttpMethod.Put, $"/v3/system/users/{user}/roles/{role.Id}");

        Assert.Equal(403, status);
        Assert.Equal(400, system);
    }
}
