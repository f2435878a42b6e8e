using System.Text.Json.Nodes;
using SharpStack.Testing.Personas;
using static SharpStack.Identity.Tests.Limits.LimitsCloud;

namespace SharpStack.Identity.Tests.Limits;

public sealed class RegisteredLimitEndpointsTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    [Fact]
    public async Task Create_Batch_Returns201WithEveryLimitAndNoCollectionLinks()
    {
        var request = new JsonObject
        {
            ["registered_limits"] = new JsonArray(
                new JsonObject { ["service_id"] = server.VolumeServiceId, ["resource_name"] = "batch-a", ["default_limit"] = 10, ["description"] = "Number of volumes" },
                new JsonObject { ["service_id"] = server.VolumeServiceId, ["region_id"] = RegionId, ["resource_name"] = "batch-b", ["default_limit"] = 5 }),
        };

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: request);

        Assert.Equal(201, status);
        Assert.False(body!.AsObject().ContainsKey("links"));
        var limits = body["registered_limits"]!.AsArray();
        Assert.Equal(2, limits.Count);
        Assert.Null(limits[0]!["region_id"]);
        Assert.Equal("Number of volumes", limits[0]!["description"]!.GetValue<string>());
        Assert.Equal(RegionId, limits[1]!["region_id"]!.GetValue<string>());
        Assert.Null(limits[1]!["description"]);
        Assert.True(limits[1]!.AsObject().ContainsKey("description"));
        Assert.Equal(5, limits[1]!["default_limit"]!.GetValue<int>());
        Assert.EndsWith($"/v3/registered_limits/{limits[1]!["id"]}", limits[1]!["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Duplicate_Returns409()
    {
        await CreateAsync(server.ComputeServiceId, "dup", 1);

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: One(server.ComputeServiceId, "dup", 2));

        Assert.Equal(409, status);
        Assert.Equal("Conflict occurred attempting to store registered_limit - Duplicate entry.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnknownService_Returns400NamingServiceId()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: One(Guid.NewGuid().ToString("N"), "x", 1));

        Assert.Equal(400, status);
        Assert.StartsWith("Expecting to find service_id in registered_limit.", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownRegion_Returns400NamingRegionId()
    {
        var request = One(server.ComputeServiceId, "x", 1);
        request["registered_limits"]![0]!["region_id"] = "Nowhere";

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: request);

        Assert.Equal(400, status);
        Assert.StartsWith("Expecting to find region_id in registered_limit.", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-2, "Invalid input for field/attribute default_limit. Value: -2. -2 is less than the minimum of -1")]
    [InlineData(2147483648, "Invalid input for field/attribute default_limit. Value: 2147483648. 2147483648 is greater than the maximum of 2147483647")]
    public async Task Create_DefaultLimitOutOfRange_Returns400(long value, string message)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: One(server.ComputeServiceId, "range", value));

        Assert.Equal(400, status);
        Assert.Equal(message, body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ResourceNameTooLong_Returns400()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: One(server.ComputeServiceId, new string('r', 256), 1));

        Assert.Equal(400, status);
        Assert.StartsWith("Invalid input for field/attribute resource_name.", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownMemberOrEmptyBatch_Returns400()
    {
        var extra = One(server.ComputeServiceId, "extra", 1);
        extra["registered_limits"]![0]!["flavor"] = "x";

        var (extraStatus, _) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: extra);
        var (emptyStatus, _) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: new { registered_limits = Array.Empty<object>() });

        Assert.Equal((400, 400), (extraStatus, emptyStatus));
    }

    [Fact]
    public async Task Create_Member_Returns403()
    {
        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", Persona.ProjectMember, One(server.ComputeServiceId, "member", 1));

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task ListAndGet_Reader_SeesRegisteredLimitsWithFilters()
    {
        var id = await CreateAsync(server.ComputeServiceId, "listed", 7);

        var (listStatus, list) = await server.SendAsync(HttpMethod.Get, $"/v3/registered_limits?service_id={server.ComputeServiceId}&resource_name=listed", Persona.ProjectReader);
        var (getStatus, shown) = await server.SendAsync(HttpMethod.Get, $"/v3/registered_limits/{id}", Persona.ProjectReader);

        Assert.Equal((200, 200), (listStatus, getStatus));
        var only = Assert.Single(list!["registered_limits"]!.AsArray());
        Assert.Equal(id, only!["id"]!.GetValue<string>());
        Assert.Equal(7, shown!["registered_limit"]!["default_limit"]!.GetValue<int>());
        Assert.Null(list["links"]!["previous"]);
    }

    [Fact]
    public async Task Update_Admin_ChangesDefaultAndDescription()
    {
        var id = await CreateAsync(server.ComputeServiceId, "updated", 1);

        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/registered_limits/{id}", body: new { registered_limit = new { default_limit = 3, description = "three" } });

        Assert.Equal(200, status);
        Assert.Equal(3, body!["registered_limit"]!["default_limit"]!.GetValue<int>());
        Assert.Equal("three", body["registered_limit"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateOrDelete_WithProjectLimits_Returns403()
    {
        var id = await CreateAsync(server.ComputeServiceId, "referenced", 1);
        var (limitStatus, _) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: new
        {
            limits = new[] { new { service_id = server.ComputeServiceId, resource_name = "referenced", resource_limit = 2, project_id = server.AlphaProjectId } },
        });

        var (updateStatus, update) = await server.SendAsync(HttpMethod.Patch, $"/v3/registered_limits/{id}", body: new { registered_limit = new { default_limit = 3 } });
        var (deleteStatus, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/registered_limits/{id}");

        Assert.Equal((201, 403, 403), (limitStatus, updateStatus, deleteStatus));
        Assert.Equal(
            $"Unable to update or delete registered limit {id} because there are project limits associated with it.",
            update!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_Admin_Returns204ThenNotFound()
    {
        var id = await CreateAsync(server.ComputeServiceId, "deleted", 1);

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/registered_limits/{id}");
        var (after, body) = await server.SendAsync(HttpMethod.Get, $"/v3/registered_limits/{id}");

        Assert.Equal((204, 404), (status, after));
        Assert.Equal($"Could not find registered limit for {id}.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteService_NamedByRegisteredLimit_Returns403AndKeepsBoth()
    {
        var (_, created) = await server.SendAsync(HttpMethod.Post, "/v3/services", body: new JsonObject { ["service"] = new JsonObject { ["type"] = "limited" } });
        var serviceId = created!["service"]!["id"]!.GetValue<string>();
        var limitId = await CreateAsync(serviceId, "held", 1);

        var (refused, body) = await server.SendAsync(HttpMethod.Delete, $"/v3/services/{serviceId}");
        var (kept, _) = await server.SendAsync(HttpMethod.Get, $"/v3/services/{serviceId}");
        await server.SendAsync(HttpMethod.Delete, $"/v3/registered_limits/{limitId}");
        var (deleted, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/services/{serviceId}");

        Assert.Equal((403, 200, 204), (refused, kept, deleted));
        Assert.Contains("associated registered limits", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteRegion_WhoseChildIsNamedByRegisteredLimit_Returns403AndKeepsBoth()
    {
        await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new JsonObject { ["region"] = new JsonObject { ["id"] = "LimitParent" } });
        await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new JsonObject { ["region"] = new JsonObject { ["id"] = "LimitChild", ["parent_region_id"] = "LimitParent" } });
        var request = One(server.ComputeServiceId, "regional", 1);
        request["registered_limits"]![0]!["region_id"] = "LimitChild";
        var (_, limit) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: request);

        var (refused, body) = await server.SendAsync(HttpMethod.Delete, "/v3/regions/LimitParent");
        var (kept, _) = await server.SendAsync(HttpMethod.Get, "/v3/regions/LimitChild");
        await server.SendAsync(HttpMethod.Delete, $"/v3/registered_limits/{limit!["registered_limits"]![0]!["id"]}");
        var (deleted, _) = await server.SendAsync(HttpMethod.Delete, "/v3/regions/LimitParent");

        Assert.Equal((403, 200, 204), (refused, kept, deleted));
        Assert.Equal(
            "Unable to delete region LimitParent because it or its child regions have associated registered limits; delete them first.",
            body!["error"]!["message"]!.GetValue<string>());
    }

    internal static JsonObject One(string serviceId, string resourceName, long defaultLimit) => new()
    {
        ["registered_limits"] = new JsonArray(new JsonObject { ["service_id"] = serviceId, ["resource_name"] = resourceName, ["default_limit"] = defaultLimit }),
    };

    private async Task<string> CreateAsync(string serviceId, string resourceName, long defaultLimit)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: One(serviceId, resourceName, defaultLimit));
        Assert.Equal(201, status);
        return body!["registered_limits"]![0]!["id"]!.GetValue<string>();
    }
}
