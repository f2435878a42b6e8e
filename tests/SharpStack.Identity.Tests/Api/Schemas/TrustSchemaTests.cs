using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Trusts;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>Trust bodies against keystone/trust/schema.py trust_create_request_body.</summary>
public sealed class TrustSchemaTests(TrustsCloud server) : IClassFixture<TrustsCloud>
{
    [Theory]
    [InlineData("\"trustee_user_id\": 5", "Invalid input for field/attribute trustee_user_id. Value: 5. 5 is not of type 'string'")]
    [InlineData("\"project_id\": 5", "Invalid input for field/attribute project_id. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("\"expires_at\": 5", "Invalid input for field/attribute expires_at. Value: 5. 5 is not of type 'null', 'string'")]
    [InlineData("\"redelegation_count\": -1", "Invalid input for field/attribute redelegation_count. Value: -1. -1 is less than the minimum of 0")]
    [InlineData("\"allow_redelegation\": \"yes\"", "Invalid input for field/attribute allow_redelegation. Value: yes. 'yes' is not of type 'boolean', 'null'")]
    [InlineData("\"roles\": [{\"id\": \"a b\"}]", "Invalid input for field/attribute id. Value: a b. 'a b' does not match '^[a-zA-Z0-9-]+$'")]
    [InlineData("\"roles\": [{\"name\": \"\"}]", "Invalid input for field/attribute name. Value: . '' is too short")]
    [InlineData("\"roles\": [{\"id\": \"a\", \"name\": \"b\"}]", "Invalid input for field/attribute 0. Value: {'id': 'a', 'name': 'b'}. {'id': 'a', 'name': 'b'} has too many properties")]
    [InlineData("\"roles\": [{\"domain_id\": \"d\"}]", "Invalid input for field/attribute 0. Value: {'domain_id': 'd'}. Additional properties are not allowed ('domain_id' was unexpected)")]
    [InlineData("\"remaining_uses\": 10000000000", "Invalid input for field/attribute remaining_uses. Value: 10000000000. 10000000000 is greater than the maximum of 2147483647")]
    public async Task Create_InvalidMember_BadRequestNamingFieldAndNothingStored(string member, string expected)
    {
        var token = await server.TokenAsync(server.TrustorId);
        var before = await CountAsync(token);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, Trust(member));

        Assert.Equal(400, status);
        Assert.Equal(expected, body!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(before, await CountAsync(token));
    }

    // The root's additionalProperties comes before its required in the schema, and jsonschema reports in that order.
    [Theory]
    [InlineData("{}", "'trust' is a required property")]
    [InlineData("{\"trust_id\": \"x\"}", "Additional properties are not allowed ('trust_id' was unexpected)")]
    [InlineData("{\"trust\": []}", "Invalid input for field/attribute trust. Value: []. [] is not of type 'object'")]
    public async Task Create_NoTrustObject_BadRequest(string json, string expected)
    {
        var token = await server.TokenAsync(server.TrustorId);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, json);

        Assert.Equal(400, status);
        Assert.Equal(expected, body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnknownTrustMembers_AcceptedAsUpstreamAllowsThem()
    {
        var token = await server.TokenAsync(server.TrustorId);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v3/OS-TRUST/trusts", token, Trust("\"remaining_uses\": 2.0, \"purpose\": \"backups\""));

        Assert.Equal(201, status);
        Assert.Equal(2, body!["trust"]!["remaining_uses"]!.GetValue<int>());
    }

    private string Trust(string members)
    {
        var trust = new JsonObject
        {
            ["trustor_user_id"] = server.TrustorId,
            ["trustee_user_id"] = server.TrusteeId,
            ["project_id"] = server.ProjectId,
            ["impersonation"] = false,
            ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }),
        };
        foreach (var (name, value) in JsonNode.Parse("{" + members + "}")!.AsObject())
        {
            trust[name] = value?.DeepClone();
        }

        return new JsonObject { ["trust"] = trust }.ToJsonString();
    }

    private async Task<int> CountAsync(string token)
    {
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v3/OS-TRUST/trusts?trustor_user_id={server.TrustorId}", token);
        return list!["trusts"]!.AsArray().Count;
    }
}
