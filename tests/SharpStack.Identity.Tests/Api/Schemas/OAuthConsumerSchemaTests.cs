using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>
/// OS-OAUTH1 consumer bodies against keystone/oauth1/schema.py consumer_create and consumer_update, which Keystone checks
/// on the <c>consumer</c> member alone (lazy_validate), so the fields are named inside it.
/// </summary>
public sealed class OAuthConsumerSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private const string Consumers = "/v3/OS-OAUTH1/consumers";

    [Theory]
    [InlineData("{\"consumer\": {\"description\": 5}}", "Invalid input for field 'description': 5 is not of type 'string', 'null'")]
    [InlineData("{\"consumer\": \"x\"}", "'x' is not of type 'object'")]
    [InlineData("{\"consumer\": null}", "None is not of type 'object'")]
    public async Task Create_InvalidConsumer_BadRequestAndNothingStored(string json, string expected)
    {
        var admin = await server.AdminTokenAsync();
        var before = await CountAsync(admin);

        var (status, body) = await server.CallAsync(HttpMethod.Post, Consumers, admin, JsonNode.Parse(json));

        Assert.Equal(400, status);
        Assert.Equal(expected, body.Message());
        Assert.Equal(before, await CountAsync(admin));
    }

    [Fact]
    public async Task Create_OtherMembersAndNoConsumer_AcceptedAsUpstreamAllowsThem()
    {
        var admin = await server.AdminTokenAsync();

        var (extraStatus, extra) = await server.CallAsync(HttpMethod.Post, Consumers, admin, JsonNode.Parse("{\"consumer\": {\"description\": null, \"owner\": \"ops\"}}"));
        var (bareStatus, _) = await server.CallAsync(HttpMethod.Post, Consumers, admin, new JsonObject());

        Assert.Equal(201, extraStatus);
        Assert.Equal("ops", extra!["consumer"]!["owner"]!.GetValue<string>());
        Assert.Equal(201, bareStatus);
    }

    [Theory]
    [InlineData("{}", "{} does not have enough properties")]
    [InlineData("{\"consumer\": {}}", "{} does not have enough properties")]
    [InlineData("{\"consumer\": {\"secret\": \"new\"}}", "{'secret': 'new'} should not be valid under {'required': ['secret']}")]
    [InlineData("{\"consumer\": {\"secret\": \"new\", \"description\": 5}}", "Invalid input for field 'description': 5 is not of type 'string', 'null'")]
    [InlineData("{\"consumer\": {\"description\": []}}", "Invalid input for field 'description': [] is not of type 'string', 'null'")]
    public async Task Update_InvalidConsumer_BadRequestAndUnchanged(string json, string expected)
    {
        var admin = await server.AdminTokenAsync();
        var (_, created) = await server.CallAsync(HttpMethod.Post, Consumers, admin, new JsonObject { ["consumer"] = new JsonObject { ["description"] = "kept" } });
        var id = created!["consumer"]!["id"]!.GetValue<string>();

        var (status, body) = await server.CallAsync(HttpMethod.Patch, $"{Consumers}/{id}", admin, JsonNode.Parse(json));
        var (_, shown) = await server.CallAsync(HttpMethod.Get, $"{Consumers}/{id}", admin);

        Assert.Equal(400, status);
        Assert.Equal(expected, body.Message());
        Assert.Equal("kept", shown!["consumer"]!["description"]!.GetValue<string>());
    }

    private async Task<int> CountAsync(string token)
    {
        var (_, list) = await server.CallAsync(HttpMethod.Get, Consumers, token);
        return list!["consumers"]!.AsArray().Count;
    }
}
