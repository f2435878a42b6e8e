using System.Net;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>A NUL character, which PostgreSQL's text cannot hold, is a 400 in a body string or a query value, and stores nothing.</summary>
public sealed class NulCharacterTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task CreateUser_EscapedNulInName_400NamingPathAndNothingStored()
    {
        var before = await server.WithDbAsync(db => db.Users.CountAsync());

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin, """{"user": {"name": "nul\u0000user"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(@"Malformed request body: a NUL character (\u0000) in the string at $.user.name.", body.ErrorMessage());
        Assert.Equal(before, await server.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task UpdateProject_EscapedNulInExtraKey_400NamingObject()
    {
        var (status, body, _, _) = await server.SendAsync(
            HttpMethod.Patch, $"/v3/projects/{server.AdminProjectId}", Persona.SystemAdmin, """{"project": {"x\u0000": "y"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(@"Malformed request body: a NUL character (\u0000) in a key of the object at $.project.", body.ErrorMessage());
    }

    [Theory]
    [InlineData("/v3/users?name=%00", "name")]
    [InlineData("/v3/projects?name=a%00", "name")]
    [InlineData("/v3/roles?name=%00", "name")]
    public async Task List_NulInQueryValue_400NamingParameter(string path, string parameter)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, path, Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"Invalid query parameter {parameter}: a NUL character (%00) is not allowed.", body.ErrorMessage());
    }
}
