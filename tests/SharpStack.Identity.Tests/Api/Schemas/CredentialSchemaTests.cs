using System.Net;
using SharpStack.Identity.Tests.Support;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>keystone/credential/schema.py create_request_body and update_request_body, through HTTP.</summary>
public sealed class CredentialSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private Task<int> CountAsync() => server.CountAsync("/v3/credentials", "credentials");

    private Task<string> CertAsync() =>
        server.CreateAsync("/v3/credentials", "credential", $$$"""{"credential": {"type": "cert", "user_id": "{{{server.AdminUserId}}}", "blob": "original"}}""");

    [Fact]
    public async Task Create_UserIdNumber_BadRequestAndNotStored()
    {
        var before = await CountAsync();

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/credentials", """{"credential": {"type": "cert", "user_id": 5, "blob": "b"}}""");

        response.AssertRefused("Invalid input for field/attribute user_id. Value: 5. 5 is not of type 'string'");
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("""{"credential": {"type": "cert", "blob": "b"}}""", "Invalid input for field/attribute credential. Value: {'type': 'cert', 'blob': 'b'}. 'user_id' is a required property")]
    [InlineData("""{"credentials": {"type": "cert", "blob": "b"}}""", "'credential' is a required property")]
    public async Task Create_MissingRequired_BadRequestAndNotStored(string json, string message)
    {
        var before = await CountAsync();

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/credentials", json);

        response.AssertRefused(message);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_Ec2WithoutProjectId_BadRequestFromTheSchemasIfThen()
    {
        var before = await CountAsync();
        var json = $$$"""{"credential": {"type": "ec2", "user_id": "{{{server.AdminUserId}}}", "blob": "{\"access\": \"a\"}"}}""";

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/credentials", json);

        response.AssertRefused(
            $"Invalid input for field/attribute credential. Value: {{'type': 'ec2', 'user_id': '{server.AdminUserId}', 'blob': '{{\"access\": \"a\"}}'}}. 'project_id' is a required property");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_ExtraAttributeAndRootMember_Created()
    {
        var response = await server.AdminAsync(HttpMethod.Post, "/v3/credentials",
            $$$"""{"credential": {"type": "cert", "user_id": "{{{server.AdminUserId}}}", "blob": "b", "project_id": null, "label": "laptop"}, "note": 1}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("laptop", response.Body.GetProperty("credential").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Update_EmptyCredential_BadRequestNamingCredential()
    {
        var id = await CertAsync();

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/credentials/{id}", """{"credential": {}}""");

        response.AssertRefusedNaming("credential", "{}");
    }

    [Theory]
    [InlineData("""{"credential": {"blob": "changed", "project_id": 5}}""", "Invalid input for field/attribute project_id. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("""{"credential": {"blob": "changed", "id": 5}}""", "Cannot change ID")]
    [InlineData("""{"blob": "changed"}""", "'credential' is a required property")]
    public async Task Update_Invalid_BadRequestAndUnchanged(string json, string message)
    {
        var id = await CertAsync();

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/credentials/{id}", json);

        response.AssertRefused(message);
        Assert.Equal("original", (await server.ShowAsync($"/v3/credentials/{id}", "credential")).GetProperty("blob").GetString());
    }

    [Fact]
    public async Task Update_ExtraAttribute_Stored()
    {
        var id = await CertAsync();

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/credentials/{id}", """{"credential": {"label": "desk"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("desk", (await server.ShowAsync($"/v3/credentials/{id}", "credential")).GetProperty("label").GetString());
    }
}
