using System.Net;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Support;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>keystone/identity/schema.py user_create_request, user_update_request and password_change, through HTTP.</summary>
public sealed class UserSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private Task<int> CountAsync(string name) => server.CountAsync($"/v3/users?name={name}", "users");

    [Fact]
    public async Task Create_EnabledAsString_BadRequestAndNotStored()
    {
        var name = Unique("u");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", $$$"""{"user": {"name": "{{{name}}}", "enabled": "true"}}""");

        response.AssertRefused("Invalid input for field/attribute enabled. Value: true. 'true' is not of type 'boolean'");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_WithoutName_BadRequestAndNotStored()
    {
        var before = await server.CountAsync("/v3/users", "users");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", """{"user": {"description": "nameless"}}""");

        response.AssertRefused("Invalid input for field/attribute user. Value: {'description': 'nameless'}. 'name' is a required property");
        Assert.Equal(before, await server.CountAsync("/v3/users", "users"));
    }

    [Theory]
    [InlineData("""{"users": {"name": "plural"}}""", "'user' is a required property")]
    [InlineData("""{"user": {"name": "plural"}, "extra": 1}""", "Additional properties are not allowed ('extra' was unexpected)")]
    public async Task Create_BodyRootNotJustUser_BadRequestAndNotStored(string json, string message)
    {
        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", json);

        response.AssertRefused(message);
        Assert.Equal(0, await CountAsync("plural"));
    }

    [Fact]
    public async Task Create_DomainIdOutsideIdPattern_BadRequestAndNotStored()
    {
        var name = Unique("u");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", $$$"""{"user": {"name": "{{{name}}}", "domain_id": "no_underscores"}}""");

        response.AssertRefused("Invalid input for field/attribute domain_id. Value: no_underscores. 'no_underscores' does not match '^[a-zA-Z0-9-]+$'");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_NameOf256Characters_BadRequest()
    {
        var name = new string('n', 256);

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", $$$"""{"user": {"name": "{{{name}}}"}}""");

        response.AssertRefused($"Invalid input for field/attribute name. Value: {name}. '{name}' is too long");
    }

    [Fact]
    public async Task Create_DefaultProjectIdLongerThanStored_BadRequestAndNotStored()
    {
        var name = Unique("u");
        var project = new string('p', 65);

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", $$$"""{"user": {"name": "{{{name}}}", "default_project_id": "{{{project}}}"}}""");

        response.AssertRefused($"Invalid input for field/attribute default_project_id. Value: {project}. '{project}' is too long");
        Assert.Equal(0, await CountAsync(name));
    }

    [Theory]
    [InlineData("""{"multi_factor_auth_rules": [["password"], ["password"]]}""",
        "Invalid input for field/attribute multi_factor_auth_rules. Value: [['password'], ['password']]. [['password'], ['password']] has non-unique elements")]
    [InlineData("""{"multi_factor_auth_rules": [["totp", "totp"]]}""", "Invalid input for field/attribute 0. Value: ['totp', 'totp']. ['totp', 'totp'] has non-unique elements")]
    [InlineData("""{"multi_factor_auth_rules": "password"}""", "Invalid input for field/attribute multi_factor_auth_rules. Value: password. 'password' is not of type 'array', 'null'")]
    [InlineData("""{"ignore_password_expiry": 1}""", "Invalid input for field/attribute ignore_password_expiry. Value: 1. 1 is not of type 'boolean', 'null'")]
    public async Task Create_OptionsOutsideTheRegistry_BadRequestAndNotStored(string options, string message)
    {
        var name = Unique("u");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", $$$"""{"user": {"name": "{{{name}}}", "options": {{{options}}}}}""");

        response.AssertRefused(message);
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_FederatedObjectWithoutProtocols_BadRequest()
    {
        var name = Unique("u");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users", $$$"""{"user": {"name": "{{{name}}}", "federated": [{"idp_id": "idp"}]}}""");

        response.AssertRefused("Invalid input for field/attribute 0. Value: {'idp_id': 'idp'}. 'protocols' is a required property");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_ExtraAttributesAndNulls_CreatedWithTheExtras()
    {
        var name = Unique("u");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/users",
            $$$"""{"user": {"name": "{{{name}}}", "email": "e@example.com", "description": null, "password": null, "default_project_id": null, "enabled": false}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var user = response.Body.GetProperty("user");
        Assert.Equal("e@example.com", user.GetProperty("email").GetString());
        Assert.False(user.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Update_EmptyUser_BadRequestNamingUser()
    {
        var id = await server.CreateAsync("/v3/users", "user", $$$"""{"user": {"name": "{{{Unique("u")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/users/{id}", """{"user": {}}""");

        response.AssertRefusedNaming("user", "{}");
    }

    [Theory]
    [InlineData("""{"user": {"options": [], "enabled": false}}""", "Invalid input for field/attribute options. Value: []. [] is not of type 'object'")]
    [InlineData("""{"user": {"enabled": false}, "user_id": "x"}""", "Additional properties are not allowed ('user_id' was unexpected)")]
    [InlineData("""{"user": {"enabled": false, "name": ""}}""", null)]
    public async Task Update_Invalid_BadRequestAndUnchanged(string json, string? message)
    {
        var id = await server.CreateAsync("/v3/users", "user", $$$"""{"user": {"name": "{{{Unique("u")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/users/{id}", json);

        if (message is null)
        {
            response.AssertRefusedNaming("name", "");
        }
        else
        {
            response.AssertRefused(message);
        }

        Assert.True((await server.ShowAsync($"/v3/users/{id}", "user")).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Update_ExtraAttribute_Stored()
    {
        var id = await server.CreateAsync("/v3/users", "user", $$$"""{"user": {"name": "{{{Unique("u")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/users/{id}", """{"user": {"email": "new@example.com", "description": "d"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var user = await server.ShowAsync($"/v3/users/{id}", "user");
        Assert.Equal("new@example.com", user.GetProperty("email").GetString());
        Assert.Equal("d", user.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("""{"user": {"original_password": "first-password", "password": 5}}""", "Invalid input for field 'password': 5 is not of type 'string'")]
    [InlineData("""{"user": {"password": "second-password"}}""", "'original_password' is a required property")]
    [InlineData("""{}""", "'original_password' is a required property")]
    [InlineData("""{"user": "x"}""", "'x' is not of type 'object'")]
    [InlineData("""{"user": {"original_password": "first-password", "password": "second-password", "name": "x"}}""",
        "Additional properties are not allowed ('name' was unexpected)")]
    public async Task ChangePassword_OutsidePasswordChangeSchema_BadRequestAndPasswordKept(string json, string message)
    {
        var id = await server.CreateAsync("/v3/users", "user", $$$"""{"user": {"name": "{{{Unique("u")}}}", "password": "first-password"}}""");
        var hash = await server.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());

        var response = await server.SendAsync(HttpMethod.Post, $"/v3/users/{id}/password", persona: null, json);

        response.AssertRefused(message);
        Assert.Equal(hash, await server.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync()));
    }
}
