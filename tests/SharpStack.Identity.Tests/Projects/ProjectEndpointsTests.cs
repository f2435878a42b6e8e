using System.Net;
using System.Text.Json;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Projects;

public sealed class ProjectEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private async Task<JsonElement> CreateAsync(string json, Persona persona = Persona.SystemAdmin)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", persona, json);
        Assert.Equal(HttpStatusCode.Created, status);
        return body.GetProperty("project");
    }

    [Fact]
    public async Task Create_TopLevel_ParentIsTheDomainAsInKeystone()
    {
        var project = await CreateAsync("""{"project": {"name": "top", "description": "d", "tags": ["a", "b"]}}""");

        Assert.Equal("default", project.GetProperty("domain_id").GetString());
        Assert.Equal("default", project.GetProperty("parent_id").GetString());
        Assert.False(project.GetProperty("is_domain").GetBoolean());
        Assert.True(project.GetProperty("enabled").GetBoolean());
        Assert.Equal(["a", "b"], project.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.EndsWith($"/v3/projects/{project.GetProperty("id").GetString()}", project.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task Create_UnderParent_TakesTheParentsDomain()
    {
        var parent = await CreateAsync($$$"""{"project": {"name": "parent-a", "domain_id": "{{{server.Targets.DomainAId}}}"}}""");
        var child = await CreateAsync($$$"""{"project": {"name": "child-a", "parent_id": "{{{parent.GetProperty("id").GetString()}}}"}}""");

        Assert.Equal(server.Targets.DomainAId, child.GetProperty("domain_id").GetString());
        Assert.Equal(parent.GetProperty("id").GetString(), child.GetProperty("parent_id").GetString());
    }

    [Fact]
    public async Task Create_ParentInAnotherDomain_BadRequest()
    {
        var parent = await CreateAsync("""{"project": {"name": "parent-default"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin,
            $$$"""{"project": {"name": "stray", "domain_id": "{{{server.Targets.DomainAId}}}", "parent_id": "{{{parent.GetProperty("id").GetString()}}}"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("specifies a parent in a different domain", body.ErrorMessage());
    }

    [Fact]
    public async Task Create_BeyondMaxDepth_Forbidden()
    {
        var parentId = (await CreateAsync("""{"project": {"name": "level-1"}}""")).GetProperty("id").GetString();
        for (var level = 2; level <= 5; level++)
        {
            parentId = (await CreateAsync($$$"""{"project": {"name": "level-{{{level}}}", "parent_id": "{{{parentId}}}"}}""")).GetProperty("id").GetString();
        }

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin,
            $$$"""{"project": {"name": "level-6", "parent_id": "{{{parentId}}}"}}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal($"Max hierarchy depth reached for {parentId} branch.", body.ErrorMessage());
    }

    [Fact]
    public async Task Create_DuplicateNameInDomain_Conflict()
    {
        await CreateAsync("""{"project": {"name": "dup"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, """{"project": {"name": "dup"}}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name", body.ErrorMessage());
    }

    [Theory]
    [InlineData("""{"project": {"name": "t", "tags": ["a/b"]}}""", "Invalid input for field/attribute 0. Value: a/b. 'a/b' does not match '^[^,/]*$'")]
    [InlineData("""{"project": {"name": "t", "tags": ["a", "a"]}}""", "Invalid input for field/attribute tags. Value: ['a', 'a']. ['a', 'a'] has non-unique elements")]
    [InlineData("""{"project": {"name": "t", "enabled": 1}}""", "Invalid input for field/attribute enabled. Value: 1. 1 is not of type 'boolean'")]
    [InlineData("""{"project": {"description": "no name"}}""", "Invalid input for field/attribute project. Value: {'description': 'no name'}. 'name' is a required property")]
    [InlineData("""{"project": {"name": "t", "domain_id": "nowhere"}}""", "Could not find domain: nowhere.")]
    public async Task Create_Invalid_BadRequest(string json, string message)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body.ErrorMessage());
    }

    [Fact]
    public async Task Create_TooManyTags_BadRequest()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 81).Select(i => $"\"t{i}\""));

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, $$$"""{"project": {"name": "many", "tags": [{{{tags}}}]}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.EndsWith("is too long", body.ErrorMessage());
    }

    [Fact]
    public async Task Create_IsDomain_CreatesADomain()
    {
        var project = await CreateAsync("""{"project": {"name": "project-domain", "is_domain": true}}""");

        Assert.True(project.GetProperty("is_domain").GetBoolean());
        Assert.Equal(JsonValueKind.Null, project.GetProperty("domain_id").ValueKind);
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/domains/{project.GetProperty("id").GetString()}", Persona.SystemAdmin);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Create_AsDomainAdmin_OnlyInItsDomain()
    {
        var own = await CreateAsync("""{"project": {"name": "by-domain-admin"}}""", Persona.DomainAdmin);
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.DomainAdmin,
            """{"project": {"name": "elsewhere", "domain_id": "default"}}""");

        Assert.Equal(server.Targets.DomainAId, own.GetProperty("domain_id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Create_AsProjectMember_Forbidden()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.ProjectMember, """{"project": {"name": "member-made"}}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task List_Filters()
    {
        var parent = await CreateAsync("""{"project": {"name": "filter-parent", "tags": ["blue", "red"]}}""");
        var parentId = parent.GetProperty("id").GetString();
        await CreateAsync($$$"""{"project": {"name": "filter-child", "parent_id": "{{{parentId}}}", "enabled": false, "tags": ["blue"]}}""");

        async Task<IReadOnlyList<string>> NamesAsync(string query) =>
            (await server.SendAsync(HttpMethod.Get, "/v3/projects?" + query, Persona.SystemAdmin)).Body.Names("projects");

        Assert.Equal(["filter-child"], await NamesAsync($"parent_id={parentId}"));
        Assert.Equal(["filter-parent"], await NamesAsync("name=filter-parent"));
        Assert.Contains("filter-child", await NamesAsync("enabled=false"));
        Assert.DoesNotContain("filter-parent", await NamesAsync("enabled=false"));
        Assert.Equal(["filter-parent"], await NamesAsync("tags=blue,red"));
        Assert.Equal(["filter-child", "filter-parent"], await NamesAsync("tags-any=red,blue"));
        Assert.DoesNotContain("filter-parent", await NamesAsync("not-tags=blue,red"));
        Assert.Contains("filter-child", await NamesAsync("not-tags=blue,red"));
        Assert.DoesNotContain("filter-child", await NamesAsync("not-tags-any=blue"));
        Assert.Contains("Default", await NamesAsync("is_domain=true"));
        Assert.DoesNotContain("project-b", await NamesAsync($"domain_id={server.Targets.DomainAId}"));
    }

    [Fact]
    public async Task List_AsDomainAdmin_OnlyItsDomain()
    {
        await CreateAsync($$$"""{"project": {"name": "in-a", "domain_id": "{{{server.Targets.DomainAId}}}"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/projects", Persona.DomainAdmin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("in-a", body.Names("projects"));
        Assert.DoesNotContain("admin", body.Names("projects"));
        Assert.All(body.GetProperty("projects").EnumerateArray(), p => Assert.Equal(server.Targets.DomainAId, p.GetProperty("domain_id").GetString()));
    }

    [Fact]
    public async Task List_AsProjectMember_Forbidden()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/projects", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Show_AsProjectMember_OwnProjectOnly()
    {
        var (own, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{server.Targets.ProjectAId}", Persona.ProjectMember);
        var (other, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{server.AdminProjectId}", Persona.ProjectMember);
        var (unknown, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/projects/nothere", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal(HttpStatusCode.Forbidden, unknown);
    }

    [Fact]
    public async Task Show_OtherDomainAsDomainAdmin_Forbidden()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{server.AdminProjectId}", Persona.DomainAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Show_Unknown_NotFound()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/projects/nothere", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Could not find project: nothere.", body.ErrorMessage());
    }

    [Fact]
    public async Task Update_ChangesFieldsAndKeepsExtra()
    {
        var project = await CreateAsync("""{"project": {"name": "before", "color": "green"}}""");
        var id = project.GetProperty("id").GetString();

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{id}", Persona.SystemAdmin,
            """{"project": {"name": "after", "description": "new", "tags": ["x"]}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var updated = body.GetProperty("project");
        Assert.Equal("after", updated.GetProperty("name").GetString());
        Assert.Equal("green", updated.GetProperty("color").GetString());
        Assert.Equal(["x"], updated.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Update_ParentId_Forbidden()
    {
        var project = await CreateAsync("""{"project": {"name": "fixed-parent"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{project.GetProperty("id").GetString()}", Persona.SystemAdmin,
            $$$"""{"project": {"parent_id": "{{{server.AdminProjectId}}}"}}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Update of `parent_id` is not allowed.", body.ErrorMessage());
    }

    [Fact]
    public async Task Update_DisableWithEnabledChild_ForbiddenAndUnchanged()
    {
        var parent = await CreateAsync("""{"project": {"name": "busy-parent"}}""");
        var parentId = parent.GetProperty("id").GetString();
        await CreateAsync($$$"""{"project": {"name": "busy-child", "parent_id": "{{{parentId}}}"}}""");

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{parentId}", Persona.SystemAdmin,
            """{"project": {"enabled": false, "name": "renamed"}}""");
        var (_, after, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{parentId}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("busy-parent", after.GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_Disable_RevokesProjectTokens()
    {
        var id = (await CreateAsync("""{"project": {"name": "switch-off"}}""")).GetProperty("id").GetString()!;
        var (_, token) = await server.ProjectUserAsync(id);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{id}", Persona.SystemAdmin, """{"project": {"enabled": false}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
    }

    [Fact]
    public async Task Update_EmptyBody_BadRequest()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/projects/{server.AdminProjectId}", Persona.SystemAdmin, """{"project": {}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Delete_WithChildren_Forbidden_LeafDeletedAndRevoked()
    {
        var parentId = (await CreateAsync("""{"project": {"name": "tree-root"}}""")).GetProperty("id").GetString();
        var childId = (await CreateAsync($$$"""{"project": {"name": "tree-leaf", "parent_id": "{{{parentId}}}"}}""")).GetProperty("id").GetString()!;
        var (_, token) = await server.ProjectUserAsync(childId);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (parentStatus, body, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{parentId}", Persona.SystemAdmin);
        var (childStatus, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{childId}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, parentStatus);
        Assert.StartsWith($"Cannot delete the project {parentId} since it is not a leaf in the hierarchy.", body.ErrorMessage());
        Assert.Equal(HttpStatusCode.NoContent, childStatus);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{childId}", Persona.SystemAdmin)).Status);
    }

    [Fact]
    public async Task Show_ParentsAndSubtreeAsIds_NestedUpToTheDomain()
    {
        var a = (await CreateAsync("""{"project": {"name": "tree-a"}}""")).GetProperty("id").GetString();
        var b = (await CreateAsync($$$"""{"project": {"name": "tree-b", "parent_id": "{{{a}}}"}}""")).GetProperty("id").GetString();
        var c = (await CreateAsync($$$"""{"project": {"name": "tree-c", "parent_id": "{{{b}}}"}}""")).GetProperty("id").GetString();

        var (_, ofC, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{c}?parents_as_ids", Persona.SystemAdmin);
        var (_, ofA, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{a}?subtree_as_ids", Persona.SystemAdmin);
        var (both, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{a}?subtree_as_ids&subtree_as_list", Persona.SystemAdmin);

        var parents = ofC.GetProperty("project").GetProperty("parents");
        Assert.Equal(JsonValueKind.Null, parents.GetProperty(b!).GetProperty(a!).GetProperty("default").ValueKind);
        var subtree = ofA.GetProperty("project").GetProperty("subtree");
        Assert.Equal(JsonValueKind.Null, subtree.GetProperty(b!).GetProperty(c!).ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, both);
    }

    [Fact]
    public async Task Show_SubtreeAsList_OnlyProjectsTheCallerHasARoleOn()
    {
        var root = (await CreateAsync("""{"project": {"name": "list-root"}}""")).GetProperty("id").GetString()!;
        var seen = (await CreateAsync($$$"""{"project": {"name": "list-seen", "parent_id": "{{{root}}}"}}""")).GetProperty("id").GetString()!;
        await CreateAsync($$$"""{"project": {"name": "list-hidden", "parent_id": "{{{root}}}"}}""");
        await server.GrantAsync($"v3/projects/{seen}", server.Account(Persona.SystemAdmin).UserId);

        var (_, body, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{root}?subtree_as_list", Persona.SystemAdmin);

        var subtree = body.GetProperty("project").GetProperty("subtree").EnumerateArray().Select(p => p.GetProperty("project").GetProperty("name").GetString());
        Assert.Equal(["list-seen"], subtree);
    }

    [Fact]
    public async Task Head_Project_NoBody()
    {
        var (status, _, text, _) = await server.SendAsync(HttpMethod.Head, $"/v3/projects/{server.Targets.ProjectAId}", Persona.ProjectReader);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(text);
    }
}
