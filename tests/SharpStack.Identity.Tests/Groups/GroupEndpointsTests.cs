using System.Net;
using System.Text.Json;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Groups;

public sealed class GroupEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private async Task<JsonElement> CreateAsync(string json, Persona persona = Persona.SystemAdmin)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/groups", persona, json);
        Assert.Equal(HttpStatusCode.Created, status);
        return body.GetProperty("group");
    }

    private async Task<string> CreateUserAsync(string name, string domainId = "default")
    {
        var (_, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin,
            $$$"""{"user": {"name": "{{{name}}}", "domain_id": "{{{domainId}}}", "password": "{{{TestUsers.Password}}}"}}""");
        return body.Id("user");
    }

    [Fact]
    public async Task Create_ReturnsKeystoneGroup()
    {
        var group = await CreateAsync("""{"group": {"name": "Contract developers", "description": "Contractors"}}""");

        Assert.Equal("default", group.GetProperty("domain_id").GetString());
        Assert.Equal("Contractors", group.GetProperty("description").GetString());
        Assert.EndsWith($"/v3/groups/{group.GetProperty("id").GetString()}", group.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task Create_Duplicate_ConflictWithKeystoneMessage()
    {
        await CreateAsync("""{"group": {"name": "dupe"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/groups", Persona.SystemAdmin, """{"group": {"name": "dupe"}}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Conflict occurred attempting to store group - Duplicate entry found with name dupe at domain ID default.", body.ErrorMessage());
    }

    [Theory]
    [InlineData("""{"group": {"description": "x"}}""", "Invalid input for field/attribute group. Value: {'description': 'x'}. 'name' is a required property")]
    [InlineData("""{"group": {"name": 7}}""", "Invalid input for field/attribute name. Value: 7. 7 is not of type 'string'")]
    public async Task Create_Malformed_BadRequest(string json, string message)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/groups", Persona.SystemAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body.ErrorMessage());
    }

    [Fact]
    public async Task Create_AsDomainAdmin_OwnDomainOnly()
    {
        var own = await CreateAsync("""{"group": {"name": "domain-a-group"}}""", Persona.DomainAdmin);
        var (other, _, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/groups", Persona.DomainAdmin, """{"group": {"name": "sneaky", "domain_id": "default"}}""");
        var (member, _, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/groups", Persona.ProjectMember, """{"group": {"name": "member-group"}}""");

        Assert.Equal(server.Targets.DomainAId, own.GetProperty("domain_id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal(HttpStatusCode.Forbidden, member);
    }

    [Fact]
    public async Task ListShowUpdateDelete_Work()
    {
        var id = (await CreateAsync("""{"group": {"name": "lifecycle"}}""")).GetProperty("id").GetString();

        var (_, list, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/groups?name=lifecycle", Persona.SystemReader);
        var (showStatus, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/groups/{id}", Persona.SystemReader);
        var (_, updated, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/groups/{id}", Persona.SystemAdmin, """{"group": {"description": "changed"}}""");
        var (deleteStatus, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/groups/{id}", Persona.SystemAdmin);
        var (gone, body, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/groups/{id}", Persona.SystemAdmin);

        Assert.Equal(["lifecycle"], list.Names("groups"));
        Assert.Equal(HttpStatusCode.OK, showStatus);
        Assert.Equal("changed", updated.GetProperty("group").GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleteStatus);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal($"Could not find group: {id}.", body.ErrorMessage());
    }

    [Fact]
    public async Task List_AsDomainAdmin_OnlyItsDomain_AsMember_Forbidden()
    {
        await CreateAsync("""{"group": {"name": "default-only"}}""");
        await CreateAsync($$$"""{"group": {"name": "a-only", "domain_id": "{{{server.Targets.DomainAId}}}"}}""");

        var (_, domainList, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/groups", Persona.DomainAdmin);
        var (memberStatus, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/groups", Persona.ProjectMember);

        Assert.Contains("a-only", domainList.Names("groups"));
        Assert.DoesNotContain("default-only", domainList.Names("groups"));
        Assert.Equal(HttpStatusCode.Forbidden, memberStatus);
    }

    [Fact]
    public async Task Membership_AddCheckListRemove()
    {
        var groupId = (await CreateAsync("""{"group": {"name": "members"}}""")).GetProperty("id").GetString();
        var userId = await CreateUserAsync("joiner");
        var token = await server.PasswordTokenAsync("joiner", scope: null);

        var (add, _, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/groups/{groupId}/users/{userId}", Persona.SystemAdmin);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));
        var (check, _, _, _) = await server.SendAsync(HttpMethod.Head, $"/v3/groups/{groupId}/users/{userId}", Persona.SystemReader);
        var (_, members, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/groups/{groupId}/users", Persona.SystemReader);
        var (remove, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/groups/{groupId}/users/{userId}", Persona.SystemAdmin);
        var (checkAfter, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/groups/{groupId}/users/{userId}", Persona.SystemAdmin);
        var (removeAgain, body, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/groups/{groupId}/users/{userId}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NoContent, add);
        Assert.Equal(HttpStatusCode.NoContent, check);
        Assert.Equal(["joiner"], members.Names("users"));
        Assert.Equal(HttpStatusCode.NoContent, remove);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
        Assert.Equal(HttpStatusCode.NotFound, checkAfter);
        Assert.Equal(HttpStatusCode.NotFound, removeAgain);
        Assert.Equal($"User '{userId}' not found in group '{groupId}'", body.ErrorMessage());
    }

    [Fact]
    public async Task Membership_UnknownUserOrGroup_NotFound()
    {
        var groupId = (await CreateAsync("""{"group": {"name": "lonely"}}""")).GetProperty("id").GetString();

        var (user, userBody, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/groups/{groupId}/users/nobody", Persona.SystemAdmin);
        var (group, groupBody, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/groups/nogroup/users/{server.Account(Persona.ProjectMember).UserId}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NotFound, user);
        Assert.Equal("Could not find user: nobody.", userBody.ErrorMessage());
        Assert.Equal(HttpStatusCode.NotFound, group);
        Assert.Equal("Could not find group: nogroup.", groupBody.ErrorMessage());
    }

    [Fact]
    public async Task Membership_DomainAdminCannotAddOtherDomainsUser()
    {
        var groupId = (await CreateAsync("""{"group": {"name": "a-team"}}""", Persona.DomainAdmin)).GetProperty("id").GetString();
        var localUser = await CreateUserAsync("a-local", server.Targets.DomainAId);

        var (foreign, _, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/groups/{groupId}/users/{server.Account(Persona.ProjectBMember).UserId}", Persona.DomainAdmin);
        var (local, _, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/groups/{groupId}/users/{localUser}", Persona.DomainAdmin);
        var (_, list, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/groups/{groupId}/users", Persona.DomainReader);

        Assert.Equal(HttpStatusCode.Forbidden, foreign);
        Assert.Equal(HttpStatusCode.NoContent, local);
        Assert.Equal(["a-local"], list.Names("users"));
    }

    [Fact]
    public async Task ListUsersInOtherDomainsGroup_AsDomainAdmin_Forbidden()
    {
        var groupId = (await CreateAsync("""{"group": {"name": "default-members"}}""")).GetProperty("id").GetString();

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/groups/{groupId}/users", Persona.DomainAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Delete_RevokesMembersTokens()
    {
        var groupId = (await CreateAsync("""{"group": {"name": "disbanded"}}""")).GetProperty("id").GetString();
        var userId = await CreateUserAsync("disbanded-member");
        await server.SendAsync(HttpMethod.Put, $"/v3/groups/{groupId}/users/{userId}", Persona.SystemAdmin);
        var token = await server.PasswordTokenAsync("disbanded-member", scope: null);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/groups/{groupId}", Persona.SystemAdmin);
        var (_, groups, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{userId}/groups", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
        Assert.Empty(groups.GetProperty("groups").EnumerateArray());
    }
}
