using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Limits;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>
/// <c>/v3/registered_limits</c> bodies against keystone/limit/schema.py registered_limits_create_request_body and
/// registered_limit_update_request_body.
/// </summary>
public sealed class RegisteredLimitSchemaTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    [Theory]
    [InlineData("default_limit", "\"5\"", "Invalid input for field/attribute default_limit. Value: 5. '5' is not of type 'integer'")]
    [InlineData("default_limit", "true", "Invalid input for field/attribute default_limit. Value: True. True is not of type 'integer'")]
    [InlineData("resource_name", "\"   \"", "Invalid input for field/attribute resource_name. Value:    . '   ' does not match '[\\\\S]+'")]
    [InlineData("region_id", "\"\"", "Invalid input for field/attribute region_id. Value: . '' is too short")]
    [InlineData("description", "7", "Invalid input for field/attribute description. Value: 7. 7 is not of type 'string', 'null'")]
    public async Task Create_MemberOfWrongShape_BadRequestNamingFieldAndNothingStored(string field, string value, string expected)
    {
        var name = Unique();
        var item = Item(name);
        item[field] = JsonNode.Parse(value);

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: Batch(item));

        Assert.Equal(400, status);
        Assert.Equal(expected, Message(body));
        await AssertNotStoredAsync(name);
    }

    [Fact]
    public async Task Create_DefaultLimitMissing_BadRequestNamingItsIndex()
    {
        var name = Unique();
        var item = Item(name);
        item.Remove("default_limit");

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: Batch(item));

        Assert.Equal(400, status);
        Assert.Equal(
            $"Invalid input for field/attribute 0. Value: {{'service_id': '{server.ComputeServiceId}', 'resource_name': '{name}'}}. 'default_limit' is a required property",
            Message(body));
        await AssertNotStoredAsync(name);
    }

    [Fact]
    public async Task Create_ServiceIdNotUuid_BadRequest_DashedUuidPassesTheSchema()
    {
        var byType = Item(Unique());
        byType["service_id"] = "compute";
        var dashed = Item(Unique());
        dashed["service_id"] = Guid.NewGuid().ToString();

        var (typeStatus, typeBody) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: Batch(byType));
        var (dashedStatus, dashedBody) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: Batch(dashed));

        Assert.Equal(400, typeStatus);
        Assert.Equal("Invalid input for field/attribute service_id. Value: compute. 'compute' is not a 'uuid'", Message(typeBody));
        Assert.Equal(400, dashedStatus);
        Assert.StartsWith("Expecting to find service_id in registered_limit.", Message(dashedBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownRootMember_BadRequest()
    {
        var name = Unique();
        var body = Batch(Item(name));
        body["limits"] = new JsonArray();

        var (status, error) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: body);

        Assert.Equal(400, status);
        Assert.Equal("Additional properties are not allowed ('limits' was unexpected)", Message(error));
        await AssertNotStoredAsync(name);
    }

    [Fact]
    public async Task Update_NoMember_BadRequest()
    {
        var id = await CreateAsync();

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/registered_limits/{id}", body: "{}");

        Assert.Equal(400, status);
        Assert.Equal("'registered_limit' is a required property", Message(body));
    }

    [Fact]
    public async Task Update_EmptyMember_AcceptedAsUpstreamHasNoMinProperties()
    {
        var id = await CreateAsync();

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/registered_limits/{id}", body: new { registered_limit = new { } });

        Assert.Equal(200, status);
        Assert.Equal(4, body!["registered_limit"]!["default_limit"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{\"registered_limit\": {\"flavor\": \"x\"}}", "Invalid input for field/attribute registered_limit. Value: {'flavor': 'x'}. Additional properties are not allowed ('flavor' was unexpected)")]
    [InlineData("{\"registered_limit\": {\"default_limit\": -2}}", "Invalid input for field/attribute default_limit. Value: -2. -2 is less than the minimum of -1")]
    [InlineData("{\"registered_limit\": {\"resource_name\": \"\"}}", "Invalid input for field/attribute resource_name. Value: . '' is too short")]
    [InlineData("{\"registered_limit\": {\"service_id\": 5}}", "Invalid input for field/attribute service_id. Value: 5. 5 is not of type 'string'")]
    [InlineData("{\"registered_limit\": 5}", "Invalid input for field/attribute registered_limit. Value: 5. 5 is not of type 'object'")]
    public async Task Update_InvalidMember_BadRequestAndUnchanged(string json, string expected)
    {
        var id = await CreateAsync();

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/registered_limits/{id}", body: json);
        var (_, shown) = await server.SendAsync(HttpMethod.Get, $"/v3/registered_limits/{id}");

        Assert.Equal(400, status);
        Assert.Equal(expected, Message(body));
        Assert.Equal(4, shown!["registered_limit"]!["default_limit"]!.GetValue<int>());
    }

    private static string Unique() => "rl-" + Guid.NewGuid().ToString("N")[..8];

    private static string Message(JsonNode? body) => body!["error"]!["message"]!.GetValue<string>();

    private static JsonObject Batch(JsonObject item) => new() { ["registered_limits"] = new JsonArray(item) };

    private JsonObject Item(string resourceName) => new()
    {
        ["service_id"] = server.ComputeServiceId,
        ["resource_name"] = resourceName,
        ["default_limit"] = 4,
    };

    private async Task<string> CreateAsync()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: Batch(Item(Unique())));
        Assert.Equal(201, status);
        return body!["registered_limits"]![0]!["id"]!.GetValue<string>();
    }

    private async Task AssertNotStoredAsync(string resourceName)
    {
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/registered_limits?resource_name={resourceName}");
        Assert.Empty(list!["registered_limits"]!.AsArray());
    }
}
