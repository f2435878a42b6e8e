using System.Text.Json.Nodes;
using SharpStack.Testing.Personas;
using static SharpStack.Identity.Tests.Limits.LimitsCloud;

namespace SharpStack.Identity.Tests.Limits;

public sealed class LimitEndpointsTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    [Fact]
    public async Task Create_ProjectAndDomainLimits_Returns201WithTheRegisteredLimitsFields()
    {
        await RegisterAsync("cores", null);
        await RegisterAsync("ram", RegionId);
        var request = new JsonObject
        {
            ["limits"] = new JsonArray(
                new JsonObject { ["service_id"] = server.ComputeServiceId, ["resource_name"] = "cores", ["resource_limit"] = 10, ["domain_id"] = server.DomainId, ["description"] = "d" },
                new JsonObject { ["service_id"] = server.ComputeServiceId, ["region_id"] = RegionId, ["resource_name"] = "ram", ["resource_limit"] = 5, ["project_id"] = server.AlphaProjectId }),
        };

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: request);

        Assert.Equal(201, status);
        var limits = body!["limits"]!.AsArray();
        Assert.Equal(server.DomainId, limits[0]!["domain_id"]!.GetValue<string>());
        Assert.Null(limits[0]!["project_id"]);
        Assert.Null(limits[0]!["region_id"]);
        Assert.Equal("cores", limits[0]!["resource_name"]!.GetValue<string>());
        Assert.Equal(server.ComputeServiceId, limits[1]!["service_id"]!.GetValue<string>());
        Assert.Equal(RegionId, limits[1]!["region_id"]!.GetValue<string>());
        Assert.Equal(5, limits[1]!["resource_limit"]!.GetValue<int>());
        Assert.Null(limits[1]!["domain_id"]);
        Assert.True(limits[1]!.AsObject().ContainsKey("description"));
        Assert.False(body.AsObject().ContainsKey("links"));
    }

    [Fact]
    public async Task Create_WithoutRegisteredLimit_Returns403()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: Project("unregistered", 1, server.AlphaProjectId));

        Assert.Equal(403, status);
        Assert.Equal("Unable to create a limit that has no corresponding registered limit.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Duplicate_Returns409()
    {
        await RegisterAsync("dup-limit", null);
        await CreateAsync(Project("dup-limit", 1, server.AlphaProjectId));

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: Project("dup-limit", 2, server.AlphaProjectId));

        Assert.Equal(409, status);
        Assert.Equal("Conflict occurred attempting to store limit - Duplicate entry.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ProjectAndDomainBoth_Returns400()
    {
        await RegisterAsync("both", null);
        var request = Project("both", 1, server.AlphaProjectId);
        request["limits"]![0]!["domain_id"] = server.DomainId;

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: request);

        Assert.Equal(400, status);
        Assert.Contains("is valid under each of", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownProject_Returns400NamingProjectId()
    {
        await RegisterAsync("ghost", null);

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: Project("ghost", 1, "nosuchproject"));

        Assert.Equal(400, status);
        Assert.StartsWith("Expecting to find project_id in limit.", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NegativeBelowUnlimited_Returns400()
    {
        await RegisterAsync("negative", null);

        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: Project("negative", -2, server.AlphaProjectId));

        Assert.Equal(400, status);
        Assert.Equal("Invalid input for field/attribute resource_limit. Value: -2. -2 is less than the minimum of -1", body!["error"]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Persona.ProjectMember)]
    [InlineData(Persona.ProjectReader)]
    public async Task Create_NonAdmin_Returns403(Persona token)
    {
        await RegisterAsync("by-" + token, null);

        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/limits", token, Project("by-" + token, 1, server.AlphaProjectId));

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task List_ProjectMember_SeesOnlyTheirProjectsLimits()
    {
        await RegisterAsync("scoped", null);
        var alpha = await CreateAsync(Project("scoped", 1, server.AlphaProjectId));
        var beta = await CreateAsync(Project("scoped", 2, server.BetaProjectId));

        var (_, member) = await server.SendAsync(HttpMethod.Get, "/v3/limits?resource_name=scoped", Persona.ProjectMember);
        var (_, admin) = await server.SendAsync(HttpMethod.Get, "/v3/limits?resource_name=scoped");
        var (_, domain) = await server.SendAsync(HttpMethod.Get, "/v3/limits?resource_name=scoped", Persona.DomainReader);

        Assert.Equal([alpha], Ids(member!));
        Assert.Equal([alpha, beta], Ids(admin!));
        Assert.Equal([alpha, beta], Ids(domain!));
        Assert.EndsWith("/v3/limits?resource_name=scoped", member!["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilterByProject_ReturnsThatProjectsLimits()
    {
        await RegisterAsync("by-project", null);
        await CreateAsync(Project("by-project", 1, server.AlphaProjectId));
        var beta = await CreateAsync(Project("by-project", 2, server.BetaProjectId));

        var (_, body) = await server.SendAsync(HttpMethod.Get, $"/v3/limits?project_id={server.BetaProjectId}&service_id={server.ComputeServiceId}&resource_name=by-project");

        Assert.Equal([beta], Ids(body!));
    }

    [Fact]
    public async Task Get_OwnProjectLimitAllowedOtherProjectForbidden()
    {
        await RegisterAsync("get", null);
        var alpha = await CreateAsync(Project("get", 1, server.AlphaProjectId));
        var beta = await CreateAsync(Project("get", 2, server.BetaProjectId));

        var (own, body) = await server.SendAsync(HttpMethod.Get, $"/v3/limits/{alpha}", Persona.ProjectReader);
        var (other, _) = await server.SendAsync(HttpMethod.Get, $"/v3/limits/{beta}", Persona.ProjectReader);

        Assert.Equal((200, 403), (own, other));
        Assert.Equal(alpha, body!["limit"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Missing_Returns404()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/limits/nope");

        Assert.Equal(404, status);
        Assert.Equal("Could not find limit for nope.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateAndDelete_Admin_ChangeThenRemoveTheLimit()
    {
        await RegisterAsync("patched", null);
        var id = await CreateAsync(Project("patched", 1, server.AlphaProjectId));

        var (memberStatus, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/limits/{id}", Persona.ProjectMember, new { limit = new { resource_limit = 9 } });
        var (status, body) = await server.SendAsync(HttpMethod.Patch, $"/v3/limits/{id}", body: new { limit = new { resource_limit = 0, description = "none" } });
        var (badStatus, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/limits/{id}", body: new { limit = new { project_id = server.BetaProjectId } });
        var (deleteStatus, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/limits/{id}");
        var (after, _) = await server.SendAsync(HttpMethod.Get, $"/v3/limits/{id}");

        Assert.Equal((403, 200, 400, 204, 404), (memberStatus, status, badStatus, deleteStatus, after));
        Assert.Equal(0, body!["limit"]!["resource_limit"]!.GetValue<int>());
        Assert.Equal("none", body["limit"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetModel_AnyUser_ReturnsFlat()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/limits/model", Persona.ProjectReader);

        Assert.Equal(200, status);
        Assert.Equal("flat", body!["model"]!["name"]!.GetValue<string>());
        Assert.Equal(
            "Limit enforcement and validation does not take project hierarchy into consideration.",
            body["model"]!["description"]!.GetValue<string>());
    }

    private static List<string> Ids(JsonNode body) => [.. body["limits"]!.AsArray().Select(l => l!["id"]!.GetValue<string>())];

    private JsonObject Project(string resourceName, int limit, string projectId) => new()
    {
        ["limits"] = new JsonArray(new JsonObject
        {
            ["service_id"] = server.ComputeServiceId, ["resource_name"] = resourceName, ["resource_limit"] = limit, ["project_id"] = projectId,
        }),
    };

    private async Task RegisterAsync(string resourceName, string? regionId)
    {
        var request = RegisteredLimitEndpointsTests.One(server.ComputeServiceId, resourceName, 100);
        request["registered_limits"]![0]!["region_id"] = regionId;
        var (status, _) = await server.SendAsync(HttpMethod.Post, "/v3/registered_limits", body: request);
        Assert.Equal(201, status);
    }

    private async Task<string> CreateAsync(JsonObject request)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/limits", body: request);
        Assert.Equal(201, status);
        return body!["limits"]![0]!["id"]!.GetValue<string>();
    }
}
