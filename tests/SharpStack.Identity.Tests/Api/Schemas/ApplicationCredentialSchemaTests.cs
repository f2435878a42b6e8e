using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.ApplicationCredentials;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>Application credential bodies against keystone/application_credential/schema.py application_credential_create_request_body.</summary>
public sealed class ApplicationCredentialSchemaTests(ApplicationCredentialsCloud server) : IClassFixture<ApplicationCredentialsCloud>
{
    [Theory]
    [InlineData("{\"name\": 5}", "Invalid input for field/attribute name. Value: 5. 5 is not of type 'string'")]
    [InlineData("{\"name\": \" \"}", "Invalid input for field/attribute name. Value:  . ' ' does not match '[\\\\S]+'")]
    [InlineData("{\"name\": \"x\", \"description\": 5}", "Invalid input for field/attribute description. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("{\"name\": \"x\", \"secret\": []}", "Invalid input for field/attribute secret. Value: []. [] is not of type 'string', 'null'")]
    [InlineData("{\"name\": \"x\", \"roles\": {\"name\": \"member\"}}", "Invalid input for field/attribute roles. Value: {'name': 'member'}. {'name': 'member'} is not of type 'array'")]
    [InlineData("{\"name\": \"x\", \"roles\": [{\"id\": \"a\", \"name\": \"member\"}]}", "Invalid input for field/attribute 0. Value: {'id': 'a', 'name': 'member'}. {'id': 'a', 'name': 'member'} has too many properties")]
    [InlineData("{\"name\": \"x\", \"roles\": [{}]}", "Invalid input for field/attribute 0. Value: {}. {} does not have enough properties")]
    [InlineData("{\"name\": \"x\", \"roles\": [{\"id\": \"not/an/id\"}]}", "Invalid input for field/attribute id. Value: not/an/id. 'not/an/id' does not match '^[a-zA-Z0-9-]+$'")]
    [InlineData("{\"name\": \"x\", \"access_rules\": [{\"service\": \"compute\", \"path\": \"v2.1\", \"method\": \"GET\"}]}", "Invalid input for field/attribute path. Value: v2.1. 'v2.1' does not match '^/\\\\.*'")]
    [InlineData("{\"name\": \"x\", \"access_rules\": [{\"service\": \"compute!\", \"path\": \"/v2.1\", \"method\": \"GET\"}]}", "Invalid input for field/attribute service. Value: compute!. 'compute!' does not match '^[a-zA-Z0-9-]+$'")]
    public async Task Create_InvalidMember_BadRequestNamingFieldAndNothingStored(string json, string expected)
    {
        var user = await server.NewUserAsync("member");

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token,
            JsonNode.Parse($"{{\"application_credential\": {json}}}"));

        Assert.Equal(400, status);
        Assert.Equal(expected, body!["error"]!["message"]!.GetValue<string>());
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/application_credentials", user.Token);
        Assert.Empty(list!["application_credentials"]!.AsArray());
    }

    [Fact]
    public async Task Create_NameTooLong_BadRequest()
    {
        var user = await server.NewUserAsync("member");
        var name = new string('n', 256);

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token,
            new JsonObject { ["application_credential"] = new JsonObject { ["name"] = name } });

        Assert.Equal(400, status);
        Assert.Equal($"Invalid input for field/attribute name. Value: {name}. '{name}' is too long", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnknownRootMember_BadRequest()
    {
        var user = await server.NewUserAsync("member");

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token,
            JsonNode.Parse("{\"application_credential\": {\"name\": \"x\"}, \"x\": 1}"));

        Assert.Equal(400, status);
        Assert.Equal("Additional properties are not allowed ('x' was unexpected)", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_AccessRuleWithOtherMembers_AcceptedAsUpstreamAllowsThem()
    {
        var user = await server.NewUserAsync("member");

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token, JsonNode.Parse(
            "{\"application_credential\": {\"name\": \"ruled\", \"description\": null, \"unrestricted\": null, \"access_rules\": [{\"service\": \"compute\", \"path\": \"/v2.1/servers\", \"method\": \"GET\", \"note\": \"x\"}]}}"));

        Assert.Equal(201, status);
        Assert.Equal("/v2.1/servers", body!["application_credential"]!["access_rules"]![0]!["path"]!.GetValue<string>());
        Assert.False(body["application_credential"]!["unrestricted"]!.GetValue<bool>());
    }
}
