using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Limits;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary><c>/v3/limits</c> bodies against keystone/limit/schema.py limits_create_request_body and limit_update_request_body.</summary>
public sealed class LimitSchemaTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    [Fact]
    public async Task Create_ResourceLimitString_BadRequestNamingFieldAndNothingStored()
    {
        var item = await ItemAsync("as-string");
        item["resource_limit"] = "5";

        var message = await RefusedAsync(item);

        Assert.Equal("Invalid input for field/attribute resource_limit. Value: 5. '5' is not of type 'integer'", message);
        await AssertNoLimitAsync("as-string");
    }

    [Fact]
    public async Task Create_ResourceNameMissing_BadRequestNamingItsIndex()
    {
        var item = await ItemAsync("unnamed");
        item.Remove("resource_name");

        var message = await RefusedAsync(item);

        Assert.StartsWith("Invalid input for field/attribute 0. Value: {'service_id': ", message, StringComparison.Ordinal);
        Assert.EndsWith(". 'resource_name' is a required property", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b", "'a b' does not match '^[a-zA-Z0-9-]+$'")]
    [InlineData("", "'' is too short")]
    [InlineData("pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp", "'pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp' is too long")]
    public async Task Create_ProjectIdNotAnId_BadRequestAndNothingStored(string projectId, string expected)
    {
        var name = "bad-project-" + Guid.NewGuid().ToString("N")[..8];
        var item = await ItemAsync(name);
        item["project_id"] = projectId;

        var message = await RefusedAsync(item);

        Assert.Equal($"Invalid input for field/attribute project_id. Value: {projectId}. {expected}", message);
        await AssertNoLimitAsync(name);
    }

    [Fact]
    public async Task Create_ServiceIdNotUuid_BadRequest()
    {
        var item = await ItemAsync("by-type");
        item["service_id"] = "compute";

        var message = await RefusedAsync(item);

        Assert.Equal("Invalid input for field/attribute service_id. Value: compute. 'compute' is not a 'uuid'", message);
    }

    [Fact]
    public async Task Create_NeitherProjectNorDomain_BadRequestNotValidUnderAnyOf()
    {
        var item = await ItemAsync("nowhere");
        item.Remove("project_id");

        var message = await RefusedAsync(item);

        Assert.EndsWith(" is not valid under any of the given schemas", message, StringComparison.Ordinal);
        await AssertNoLimitAsync("nowhere");
    }

    [Fact]
    public async Task Create_UnknownMember_BadRequestAdditionalProperties()
    {
        var item = await ItemAsync("flavored");
        item["flavor"] = "m1";

        var message = await RefusedAsync(item);

        Assert.EndsWith(". Additional properties are not allowed ('flavor' was unexpected)", message, StringComparison.Ordinal);
        await AssertNoLimitAsync("flavored");
    }

    [Fact]
    public async Task Create_SecondItemBad_NothingOfTheBatchStored()
    {
        var good = await ItemAsync("batch-good");
        var bad = await ItemAsync("batch-bad");
        bad["description"] = new string('d', 256);

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: new JsonObject { ["limits"] = new JsonArray(good, bad) });

        Assert.Equal(400, status);
        Assert.StartsWith("Invalid input for field/attribute description. Value: ddd", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNoLimitAsync("batch-good");
    }

    [Fact]
    public async Task Create_IntegralFloat_IsAnIntegerToJsonschema()
    {
        var item = await ItemAsync("float");
        var json = new JsonObject { ["limits"] = new JsonArray(item) }.ToJsonString().Replace("\"resource_limit\":3", "\"resource_limit\":7.0", StringComparison.Ordinal);

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: json);

        Assert.Equal(201, status);
        Assert.Equal(7, body!["limits"]![0]!["resource_limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_NoLimitMember_BadRequestAndUnchanged()
    {
        var id = await CreateAsync("update-root");

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/limits/{id}", body: "{}");

        Assert.Equal(400, status);
        Assert.Equal("'limit' is a required property", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_EmptyLimit_AcceptedAsUpstreamHasNoMinProperties()
    {
        var id = await CreateAsync("update-empty");

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/limits/{id}", body: new { limit = new { } });

        Assert.Equal(200, status);
        Assert.Equal(3, body!["limit"]!["resource_limit"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{\"limit\": {\"resource_name\": \"x\"}}", "Invalid input for field/attribute limit. Value: {'resource_name': 'x'}. Additional properties are not allowed ('resource_name' was unexpected)")]
    [InlineData("{\"limit\": {\"resource_limit\": 2147483648}}", "Invalid input for field/attribute resource_limit. Value: 2147483648. 2147483648 is greater than the maximum of 2147483647")]
    [InlineData("{\"limit\": {\"resource_limit\": 9, \"description\": 5}}", "Invalid input for field/attribute description. Value: 5. 5 is not of type 'string', 'null'")]
    public async Task Update_InvalidLimit_BadRequestAndUnchanged(string json, string expected)
    {
        var id = await CreateAsync("update-" + Guid.NewGuid().ToString("N")[..8]);

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/limits/{id}", body: json);
        var (_, shown) = await server.SendAsync(HttpMethod.Get, $"/v3/limits/{id}");

        Assert.Equal(400, status);
        Assert.Equal(expected, body!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(3, shown!["limit"]!["resource_limit"]!.GetValue<int>());
    }

    private async Task<JsonObject> ItemAsync(string resourceName)
    {
        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: new JsonObject
        {
            ["registered_limits"] = new JsonArray(new JsonObject { ["service_id"] = server.ComputeServiceId, ["resource_name"] = resourceName, ["default_limit"] = 10 }),
        });
        Assert.Equal(201, status);
        return new JsonObject
        {
            ["service_id"] = server.ComputeServiceId,
            ["resource_name"] = resourceName,
            ["resource_limit"] = 3,
            ["project_id"] = server.AlphaProjectId,
        };
    }

    private async Task<string> CreateAsync(string resourceName)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: new JsonObject { ["limits"] = new JsonArray(await ItemAsync(resourceName)) });
        Assert.Equal(201, status);
        return body!["limits"]![0]!["id"]!.GetValue<string>();
    }

    private async Task<string> RefusedAsync(JsonObject item)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: new JsonObject { ["limits"] = new JsonArray(item) });
        Assert.Equal(400, status);
        return body!["error"]!["message"]!.GetValue<string>();
    }

    private async Task AssertNoLimitAsync(string resourceName)
    {
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/limits?resource_name={resourceName}");
        Assert.Empty(list!["limits"]!.AsArray());
    }
}
