using System.Net;
using SharpStack.Identity.Tests.Support;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>keystone/policy/schema.py policy_create and policy_update, checked against the body's policy member, through HTTP.</summary>
public sealed class PolicySchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private Task<int> CountAsync() => server.CountAsync("/v3/policies", "policies");

    private Task<string> PolicyAsync() => server.CreateAsync("/v3/policies", "policy", """{"policy": {"blob": "original", "type": "application/json"}}""");

    [Theory]
    [InlineData("""{"policy": {"blob": 5, "type": "t"}}""", "Invalid input for field 'blob': 5 is not of type 'string'")]
    [InlineData("""{"policy": {"blob": "b"}}""", "'type' is a required property")]
    [InlineData("""{}""", "'blob' is a required property")]
    [InlineData("""{"policy": "x"}""", "'x' is not of type 'object'")]
    public async Task Create_OutsidePolicyCreate_BadRequestAndNotStored(string json, string message)
    {
        var before = await CountAsync();

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/policies", json);

        response.AssertRefused(message);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_TypeOf256Characters_BadRequestAndNotStored()
    {
        var before = await CountAsync();
        var type = new string('t', 256);

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/policies", $$$"""{"policy": {"blob": "b", "type": "{{{type}}}"}}""");

        response.AssertRefused($"Invalid input for field 'type': '{type}' is too long");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_ExtraAttribute_CreatedWithIt()
    {
        var response = await server.AdminAsync(HttpMethod.Post, "/v3/policies", """{"policy": {"blob": "b", "type": "t", "owner": "ops"}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("ops", response.Body.GetProperty("policy").GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Update_EmptyPolicy_BadRequest()
    {
        var id = await PolicyAsync();

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/policies/{id}", """{"policy": {}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("{} ", response.Body.ErrorMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"policy": {"blob": "changed", "type": 5}}""", "Invalid input for field 'type': 5 is not of type 'string'")]
    [InlineData("""{"blob": "changed"}""", null)]
    public async Task Update_Invalid_BadRequestAndUnchanged(string json, string? message)
    {
        var id = await PolicyAsync();

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/policies/{id}", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        if (message is not null)
        {
            Assert.Equal(message, response.Body.ErrorMessage());
        }

        Assert.Equal("original", (await server.ShowAsync($"/v3/policies/{id}", "policy")).GetProperty("blob").GetString());
    }

    [Fact]
    public async Task Update_ExtraAttribute_Stored()
    {
        var id = await PolicyAsync();

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/policies/{id}", """{"policy": {"owner": "sec"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("sec", (await server.ShowAsync($"/v3/policies/{id}", "policy")).GetProperty("owner").GetString());
    }
}
