using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application;
using SharpStack.Identity.Persistence;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Users;

public sealed class UserEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private async Task<JsonElement> CreateAsync(string json, Persona persona = Persona.SystemAdmin)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", persona, json);
        Assert.Equal(HttpStatusCode.Created, status);
        return body.GetProperty("user");
    }

    private PasswordHasher Hasher => server.Services.GetRequiredService<PasswordHasher>();

    private async Task<string?> PasswordHashAsync(string userId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync();
    }

    [Fact]
    public async Task Create_HashesPasswordAndNeverReturnsIt()
    {
        var user = await CreateAsync("""
            {"user": {"name": "jdoe", "password": "secretsecret", "email": "jdoe@example.com", "description": "James",
                      "default_project_id": "DEFAULT_PROJECT", "options": {"ignore_password_expiry": true}}}
            """.Replace("DEFAULT_PROJECT", server.Targets.ProjectAId, StringComparison.Ordinal));
        var id = user.GetProperty("id").GetString()!;

        Assert.False(user.TryGetProperty("password", out _));
        Assert.Equal("default", user.GetProperty("domain_id").GetString());
        Assert.Equal("jdoe@example.com", user.GetProperty("email").GetString());
        Assert.Equal(server.Targets.ProjectAId, user.GetProperty("default_project_id").GetString());
        Assert.True(user.GetProperty("options").GetProperty("ignore_password_expiry").GetBoolean());
        Assert.Equal(JsonValueKind.Null, user.GetProperty("password_expires_at").ValueKind);
        var hash = await PasswordHashAsync(id);
        Assert.StartsWith("$2b$04$", hash);
        Assert.True(Hasher.Verify("secretsecret", hash));
    }

    [Fact]
    public async Task Create_DuplicateNameInDomain_ConflictWithKeystoneMessage()
    {
        await CreateAsync("""{"user": {"name": "twin"}}""");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin, """{"user": {"name": "twin"}}""");
        var (otherDomain, _, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin,
            $$$"""{"user": {"name": "twin", "domain_id": "{{{server.Targets.DomainAId}}}"}}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Conflict occurred attempting to store user - Duplicate entry found with name twin at domain ID default.", body.ErrorMessage());
        Assert.Equal(HttpStatusCode.Created, otherDomain);
    }

    [Theory]
    [InlineData("""{"user": {"name": "x", "password": 5}}""", "Invalid input for field/attribute password. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("""{"user": {"name": "x", "options": {"frobnicate": true}}}""", "Invalid input for field/attribute options. Value: {'frobnicate': True}. Additional properties are not allowed ('frobnicate' was unexpected)")]
    [InlineData("""{"user": {"name": "x", "options": {"lock_password": "yes"}}}""", "Invalid input for field/attribute lock_password. Value: yes. 'yes' is not of type 'boolean', 'null'")]
    [InlineData("""{"user": {"enabled": true}}""", "Invalid input for field/attribute user. Value: {'enabled': True}. 'name' is a required property")]
    [InlineData("""{"user": {"name": "   "}}""", "Invalid input for field/attribute name. Value:    . '   ' does not match '[\\\\S]+'")]
    public async Task Create_Malformed_BadRequestNamingTheField(string json, string message)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body.ErrorMessage());
    }

    [Fact]
    public async Task Create_UnknownDomain_NotFound()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin, """{"user": {"name": "lost", "domain_id": "nowhere"}}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Could not find domain: nowhere.", body.ErrorMessage());
    }

    [Fact]
    public async Task Create_MfaRules_StoredAndReturned()
    {
        var user = await CreateAsync("""{"user": {"name": "mfa", "options": {"multi_factor_auth_enabled": true, "multi_factor_auth_rules": [["password", "totp"]]}}}""");

        var (_, shown, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.GetProperty("id").GetString()}", Persona.SystemAdmin);

        var options = shown.GetProperty("user").GetProperty("options");
        Assert.True(options.GetProperty("multi_factor_auth_enabled").GetBoolean());
        Assert.Equal("totp", options.GetProperty("multi_factor_auth_rules")[0][1].GetString());
    }

    [Fact]
    public async Task Create_AsDomainAdmin_InItsDomainOnly()
    {
        var own = await CreateAsync("""{"user": {"name": "made-by-domain-admin"}}""", Persona.DomainAdmin);
        var (other, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.DomainAdmin, """{"user": {"name": "intruder", "domain_id": "default"}}""");

        Assert.Equal(server.Targets.DomainAId, own.GetProperty("domain_id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal("You are not authorized to perform the requested action: identity:create_user.", body.ErrorMessage());
    }

    [Fact]
    public async Task List_FiltersByDomainNameAndEnabled()
    {
        await CreateAsync("""{"user": {"name": "sleeper", "enabled": false}}""");

        var (_, byName, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?name=sleeper", Persona.SystemReader);
        var (_, disabled, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?enabled=false", Persona.SystemAdmin);
        var (_, inA, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users?domain_id={server.Targets.DomainAId}", Persona.SystemAdmin);
        var (_, federated, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?idp_id=someidp", Persona.SystemAdmin);

        Assert.Equal(["sleeper"], byName.Names("users"));
        Assert.Contains("sleeper", disabled.Names("users"));
        Assert.DoesNotContain("admin", disabled.Names("users"));
        Assert.Contains(server.Account(Persona.DomainAdmin).UserName, inA.Names("users"));
        Assert.DoesNotContain("admin", inA.Names("users"));
        Assert.Empty(federated.GetProperty("users").EnumerateArray());
    }

    [Fact]
    public async Task List_AsDomainAdmin_OnlyItsDomainsUsers()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users", Persona.DomainAdmin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(body.GetProperty("users").EnumerateArray(), u => Assert.Equal(server.Targets.DomainAId, u.GetProperty("domain_id").GetString()));
        Assert.DoesNotContain("admin", body.Names("users"));
    }

    [Theory]
    [InlineData(Persona.ProjectMember)]
    [InlineData(Persona.ProjectReader)]
    public async Task List_AsProjectUser_Forbidden(Persona persona)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users", persona);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("You are not authorized to perform the requested action: identity:list_users.", body.ErrorMessage());
    }

    [Fact]
    public async Task Show_SelfAllowed_OthersForbiddenForMember()
    {
        var (self, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.Account(Persona.ProjectMember).UserId}", Persona.ProjectMember);
        var (other, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.AdminUserId}", Persona.ProjectMember);
        var (unknown, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users/nothere", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, self);
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal(HttpStatusCode.Forbidden, unknown);
    }

    [Fact]
    public async Task Show_OtherDomainAsDomainAdmin_Forbidden_UnknownAsAdmin_NotFound()
    {
        var (crossDomain, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.AdminUserId}", Persona.DomainAdmin);
        var (unknown, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users/nothere", Persona.ProjectAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, crossDomain);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal("Could not find user: nothere.", body.ErrorMessage());
    }

    [Fact]
    public async Task Update_PasswordByAdmin_RehashesAndRevokes()
    {
        var id = (await CreateAsync("""{"user": {"name": "reset-me", "password": "old-password"}}""")).GetProperty("id").GetString()!;
        var token = await server.PasswordTokenAsync("reset-me", scope: null, password: "old-password");
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", Persona.SystemAdmin,
            """{"user": {"password": "new-password", "options": {"lock_password": true}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("user").TryGetProperty("password", out _));
        Assert.True(body.GetProperty("user").GetProperty("options").GetProperty("lock_password").GetBoolean());
        Assert.True(Hasher.Verify("new-password", await PasswordHashAsync(id)));
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
    }

    [Fact]
    public async Task Update_NullOption_RemovesIt()
    {
        var id = (await CreateAsync("""{"user": {"name": "optional", "options": {"ignore_lockout_failure_attempts": true}}}""")).GetProperty("id").GetString();

        var (_, body, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", Persona.SystemAdmin,
            """{"user": {"options": {"ignore_lockout_failure_attempts": null}}}""");

        Assert.False(body.GetProperty("user").GetProperty("options").TryGetProperty("ignore_lockout_failure_attempts", out _));
    }

    [Fact]
    public async Task Update_Disable_Revokes_DuplicateName_ConflictAndUnchanged()
    {
        var id = (await CreateAsync($$$"""{"user": {"name": "disable-me", "password": "{{{TestUsers.Password}}}"}}""")).GetProperty("id").GetString();
        await CreateAsync("""{"user": {"name": "taken"}}""");
        var token = await server.PasswordTokenAsync("disable-me", scope: null);

        var (conflict, _, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", Persona.SystemAdmin, """{"user": {"name": "taken", "enabled": false}}""");
        var (_, unchanged, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{id}", Persona.SystemAdmin);
        var (disabled, _, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", Persona.SystemAdmin, """{"user": {"enabled": false}}""");

        Assert.Equal(HttpStatusCode.Conflict, conflict);
        Assert.Equal("disable-me", unchanged.GetProperty("user").GetProperty("name").GetString());
        Assert.True(unchanged.GetProperty("user").GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, disabled);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
    }

    [Fact]
    public async Task Update_OtherDomainUserAsDomainAdmin_Forbidden()
    {
        var (status, _, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{server.Account(Persona.ProjectBMember).UserId}", Persona.DomainAdmin,
            """{"user": {"enabled": false}}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Delete_RemovesAndRevokes()
    {
        var id = (await CreateAsync($$$"""{"user": {"name": "short-lived", "password": "{{{TestUsers.Password}}}"}}""")).GetProperty("id").GetString();
        var token = await server.PasswordTokenAsync("short-lived", scope: null);
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/users/{id}", Persona.SystemAdmin);
        var (again, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/users/{id}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
    }

    [Fact]
    public async Task ChangePassword_WithOriginal_NoContentAndRevokes()
    {
        var id = (await CreateAsync("""{"user": {"name": "self-service", "password": "first-password"}}""")).GetProperty("id").GetString()!;
        var token = await server.PasswordTokenAsync("self-service", scope: null, password: "first-password");
        Assert.Equal(HttpStatusCode.OK, await server.ValidateAsync(token));

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{id}/password", null,
            """{"user": {"original_password": "first-password", "password": "second-password"}}""");

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.True(Hasher.Verify("second-password", await PasswordHashAsync(id)));
        Assert.Equal(HttpStatusCode.NotFound, await server.ValidateAsync(token));
    }

    [Fact]
    public async Task ChangePassword_WrongOriginal_UnauthorizedAndUnchanged()
    {
        var id = (await CreateAsync("""{"user": {"name": "guarded", "password": "right-password"}}""")).GetProperty("id").GetString()!;

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{id}/password", Persona.ProjectMember,
            """{"user": {"original_password": "wrong-password", "password": "stolen"}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The request you have made requires authentication.", body.ErrorMessage());
        Assert.True(Hasher.Verify("right-password", await PasswordHashAsync(id)));
    }

    [Fact]
    public async Task ChangePassword_MissingOriginal_BadRequest()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{server.Account(Persona.ProjectMember).UserId}/password", null,
            """{"user": {"password": "x"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("'original_password' is a required property", body.ErrorMessage());
    }

    [Fact]
    public async Task ListProjects_DirectAndThroughGroup()
    {
        var userId = (await CreateAsync("""{"user": {"name": "assigned"}}""")).GetProperty("id").GetString()!;
        var groupId = await server.Admin.CreateAsync("v3/groups", "group", new JsonObject { ["name"] = "assigned-group", ["domain_id"] = "default" });
        var member = await server.Admin.RoleIdAsync("member");
        await server.Admin.SendAsync(HttpMethod.Put, $"v3/groups/{groupId}/users/{userId}");
        await server.Admin.GrantAsync($"v3/projects/{server.Targets.ProjectAId}/users/{userId}/roles/{member}");
        await server.Admin.GrantAsync($"v3/projects/{server.AdminProjectId}/groups/{groupId}/roles/{member}");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{userId}/projects", Persona.SystemReader);
        var (_, groups, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{userId}/groups", Persona.SystemReader);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["admin", "project-a"], body.Names("projects"));
        Assert.Equal(["assigned-group"], groups.Names("groups"));
    }

    [Fact]
    public async Task ListProjectsAndGroups_OfAnotherUserAsMember_Forbidden_OfSelf_Ok()
    {
        var (projects, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.AdminUserId}/projects", Persona.ProjectMember);
        var (groups, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.AdminUserId}/groups", Persona.ProjectMember);
        var (ownProjects, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.Account(Persona.ProjectMember).UserId}/projects", Persona.ProjectMember);
        var (ownGroups, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{server.Account(Persona.ProjectMember).UserId}/groups", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Forbidden, projects);
        Assert.Equal(HttpStatusCode.Forbidden, groups);
        Assert.Equal(HttpStatusCode.OK, ownProjects);
        Assert.Equal(HttpStatusCode.OK, ownGroups);
    }

    [Fact]
    public async Task List_PasswordExpiresAtOperators()
    {
        var id = (await CreateAsync("""{"user": {"name": "expiring", "password": "p"}}""")).GetProperty("id").GetString()!;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == id);
            user.PasswordExpiresAt = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        var (_, before, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?password_expires_at=lt:2031-01-01T00:00:00Z", Persona.SystemAdmin);
        var (_, after, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?password_expires_at=gt:2031-01-01T00:00:00Z", Persona.SystemAdmin);
        var (_, exact, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?password_expires_at=2030-01-01T00:00:00Z", Persona.SystemAdmin);
        var (bad, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/users?password_expires_at=lt:tomorrow", Persona.SystemAdmin);

        Assert.Equal(["expiring"], before.Names("users"));
        Assert.Empty(after.GetProperty("users").EnumerateArray());
        Assert.Equal(["expiring"], exact.Names("users"));
        Assert.Equal("2030-01-01T00:00:00.000000", exact.GetProperty("users")[0].GetProperty("password_expires_at").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }
}
