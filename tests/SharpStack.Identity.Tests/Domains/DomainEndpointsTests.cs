using System.Net;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Domains;

public sealed class DomainEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Create_AsSystemAdmin_ReturnsKeystoneDomain()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin,
            """{"domain": {"name": "created", "description": "d", "email": "ops@example.com"}}""");

        Assert.Equal(HttpStatusCode.Created, status);
        var domain = body.GetProperty("domain");
        Assert.Equal("created", domain.GetProperty("name").GetString());
        Assert.True(domain.GetProperty("enabled").GetBoolean());
        Assert.Equal("ops@example.com", domain.GetProperty("email").GetString());
        Assert.Empty(domain.GetProperty("options").EnumerateObject());
        Assert.Equal(new Uri(server.BaseUri, $"v3/domains/{domain.GetProperty("id").GetString()}").ToString(),
            domain.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task Create_DuplicateName_Conflict()
    {
        await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin, """{"domain": {"name": "twice"}}""");
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.ProjectAdmin, """{"domain": {"name": "twice"}}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("Conflict occurred attempting to store project - it is not permitted to have two projects acting as domains", body.ErrorMessage());
    }

    [Theory]
    [InlineData("""{"domain": {}}""", "Invalid input for field/attribute domain. Value: {}. 'name' is a required property")]
    [InlineData("""{"domain": {"name": ""}}""", "Invalid input for field/attribute name. Value: . '' is too short")]
    [InlineData("""{"domain": {"name": "x", "enabled": "yes"}}""", "Invalid input for field/attribute enabled. Value: yes. 'yes' is not of type 'boolean'")]
    [InlineData("""{"domain": "x"}""", "Invalid input for field/attribute domain. Value: x. 'x' is not of type 'object'")]
    public async Task Create_MalformedBody_BadRequestNamingTheField(string json, string message)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body.ErrorMessage());
    }

    [Theory]
    [InlineData(Persona.DomainAdmin)]
    [InlineData(Persona.ProjectMember)]
    [InlineData(Persona.SystemReader)]
    public async Task Create_AsNonAdmin_Forbidden(Persona persona)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", persona, """{"domain": {"name": "nope"}}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("You are not authorized to perform the requested action: identity:create_domain.", body.ErrorMessage());
    }

    [Fact]
    public async Task Request_WithoutToken_Unauthorized()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains", null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The request you have made requires authentication.", body.ErrorMessage());
    }

    [Fact]
    public async Task List_FiltersByNameAndEnabled()
    {
        await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin, """{"domain": {"name": "off", "enabled": false}}""");

        var (_, byName, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains?name=off", Persona.SystemReader);
        var (_, enabled, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains?enabled=false", Persona.SystemAdmin);

        Assert.Equal(["off"], byName.Names("domains"));
        Assert.Contains("off", enabled.Names("domains"));
        Assert.DoesNotContain("Default", enabled.Names("domains"));
        Assert.True(byName.GetProperty("links").GetProperty("next").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task List_AsDomainAdmin_SeesOnlyItsDomain()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains", Persona.DomainAdmin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["domain-a"], body.Names("domains"));
    }

    [Fact]
    public async Task List_AsProjectMember_Forbidden()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Show_OwnDomainAsProjectMember_Ok_OtherDomainForbidden()
    {
        var (own, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/domains/{server.Targets.DomainAId}", Persona.ProjectMember);
        var (other, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains/default", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.Forbidden, other);
    }

    [Fact]
    public async Task Show_Unknown_NotFound()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains/nothere", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Could not find domain: nothere.", body.ErrorMessage());
    }

    [Fact]
    public async Task Update_Disable_RevokesDomainTokens()
    {
        var (_, created, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin, """{"domain": {"name": "to-disable"}}""");
        var id = created.Id("domain");
        var (_, token) = await server.DomainUserAsync(id);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/domains/{id}", Persona.SystemAdmin,
            """{"domain": {"enabled": false, "description": "gone"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("domain").GetProperty("enabled").GetBoolean());
        Assert.Equal("gone", body.GetProperty("domain").GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
    }

    [Fact]
    public async Task Update_DisableDefault_Forbidden()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Patch, "/v3/domains/default", Persona.SystemAdmin, """{"domain": {"enabled": false}}""");
        var (_, after, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/domains/default", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(after.GetProperty("domain").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Delete_Enabled_ForbiddenWithKeystoneMessage()
    {
        var (_, created, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin, """{"domain": {"name": "still-on"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/domains/{created.Id("domain")}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Cannot delete a domain that is enabled, please disable it first.", body.ErrorMessage());
    }

    [Fact]
    public async Task Delete_Disabled_RemovesDomainAndContents()
    {
        var (_, created, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/domains", Persona.SystemAdmin, """{"domain": {"name": "doomed"}}""");
        var id = created.Id("domain");
        var (_, project, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, $$$"""{"project": {"name": "p", "domain_id": "{{{id}}}"}}""");
        var (_, user, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin,
            $$$"""{"user": {"name": "u", "domain_id": "{{{id}}}", "password": "{{{TestUsers.Password}}}"}}""");
        var token = await server.PasswordTokenAsync("u", scope: null, id);
        await server.SendAsync(HttpMethod.Patch, $"/v3/domains/{id}", Persona.SystemAdmin, """{"domain": {"enabled": false}}""");

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/domains/{id}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v3/domains/{id}", Persona.SystemAdmin)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v3/projects/{project.Id("project")}", Persona.SystemAdmin)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id("user")}", Persona.SystemAdmin)).Status);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
        var (_, events, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/OS-REVOKE/events", Persona.SystemAdmin);
        var revoked = events.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(revoked, e => e.TryGetProperty("domain_id", out var domain) && domain.GetString() == id);
        Assert.Contains(revoked, e => e.TryGetProperty("user_id", out var userId) && userId.GetString() == user.Id("user"));
    }
}
