using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Assignments;

public sealed class RoleAssignmentEndpointsTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    private static IEnumerable<JsonNode> Assignments(JsonNode? body) => body!["role_assignments"]!.AsArray().Select(a => a!);

    [Fact]
    public async Task List_FilterByProject_ShowsDirectAssignmentsWithLinks()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?scope.project.id={server.ProjectId}");

        Assert.Equal(200, status);
        var member = Assert.Single(Assignments(body), a => a["user"]?["id"]?.GetValue<string>() == server.MemberUserId);
        Assert.Equal(server.ProjectId, member["scope"]!["project"]!["id"]!.GetValue<string>());
        Assert.Equal(
            new Uri(server.BaseUri, $"v3/projects/{server.ProjectId}/users/{server.MemberUserId}/roles/{server.MemberRoleId}").ToString(),
            member["links"]!["assignment"]!.GetValue<string>());
        Assert.EndsWith($"/v3/role_assignments?scope.project.id={server.ProjectId}", body!["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EffectiveWithNames_ExpandsGroupsInheritanceAndImpliedRoles()
    {
        var (user, name) = await server.NewUserAsync(server.DomainId);
        var group = await server.Admin.CreateAsync("v3/groups", "group", new JsonObject { ["name"] = "g" + user[..6], ["domain_id"] = server.DomainId });
        await server.Admin.SendAsync(HttpMethod.Put, $"v3/groups/{group}/users/{user}");
        var child = await server.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "c" + user[..6], ["parent_id"] = server.ProjectId });
        await server.Admin.GrantAsync($"v3/OS-INHERIT/projects/{server.ProjectId}/groups/{group}/roles/{server.MemberRoleId}/inherited_to_projects");

        var (_, direct) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?group.id={group}");
        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?user.id={user}&effective&include_names");

        Assert.Equal("projects", Assignments(direct).Single()["scope"]!["OS-INHERIT:inherited_to"]!.GetValue<string>());
        Assert.Equal(200, status);
        var entries = Assignments(body).ToList();
        Assert.Equal(["member", "reader"], entries.Select(e => e["role"]!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(child, e["scope"]!["project"]!["id"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(name, e["user"]!["name"]!.GetValue<string>()));
        var member = entries.Single(e => e["role"]!["name"]!.GetValue<string>() == "member");
        Assert.EndsWith(
            $"/v3/OS-INHERIT/projects/{server.ProjectId}/groups/{group}/roles/{server.MemberRoleId}/inherited_to_projects",
            member["links"]!["assignment"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith($"/v3/groups/{group}/users/{user}", member["links"]!["membership"]!.GetValue<string>(), StringComparison.Ordinal);
        var reader = entries.Single(e => e["role"]!["name"]!.GetValue<string>() == "reader");
        Assert.NotNull(reader["links"]!["prior_role"]);
        Assert.Equal("projects", member["scope"]!["OS-INHERIT:inherited_to"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_SystemScope_ShowsSystemAssignments()
    {
        var (_, body) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?scope.system=all&user.id={server.AdminUserId}");

        var entry = Assert.Single(Assignments(body));
        Assert.True(entry["scope"]!["system"]!["all"]!.GetValue<bool>());
        Assert.EndsWith($"/v3/system/users/{server.AdminUserId}/roles/{server.AdminRoleId}", entry["links"]!["assignment"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scope.project.id=a&scope.domain.id=b", "Specify a domain or project, not both")]
    [InlineData("user.id=a&group.id=b", "Specify a user or group, not both")]
    [InlineData("effective&group.id=b", "Combining effective and group filter will always result in an empty list.")]
    [InlineData("include_subtree=true", "scope.project.id must be specified if include_subtree is also specified")]
    public async Task List_InvalidFilterCombination_BadRequest(string query, string message)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?{query}");

        Assert.Equal(400, status);
        Assert.Equal(message, body!["error"]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Persona.ProjectMember)]
    [InlineData(Persona.ProjectReader)]
    public async Task List_AsProjectMemberOrReader_Forbidden(Persona token)
    {
        var (others, _) = await server.SendAsync(HttpMethod.Get, "/v3/role_assignments?scope.project.id=other", token);
        var (own, _) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?user.id={server.MemberUserId}", token);

        Assert.Equal(403, others);
        Assert.Equal(403, own);
    }

    [Fact]
    public async Task List_AsDomainAdmin_OnlyTheDomainsAssignments()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/role_assignments", Persona.DomainAdmin);

        Assert.Equal(200, status);
        Assert.NotEmpty(Assignments(body));
        Assert.All(Assignments(body), a => Assert.Null(a["scope"]!["system"]));
    }

    [Fact]
    public async Task List_IncludeSubtree_IncludesChildProjects()
    {
        var child = await server.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = "s" + Guid.NewGuid().ToString("N")[..6], ["parent_id"] = server.ProjectId });
        await server.Admin.GrantAsync($"v3/projects/{child}/users/{server.ReaderUserId}/roles/{server.ReaderRoleId}");

        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/role_assignments?scope.project.id={server.ProjectId}&include_subtree=true", Persona.ProjectAdmin);

        Assert.Equal(200, status);
        Assert.Contains(Assignments(body), a => a["scope"]!["project"]!["id"]!.GetValue<string>() == child);
    }
}
