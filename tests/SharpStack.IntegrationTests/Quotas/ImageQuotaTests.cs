using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Testing.Clouds;

namespace SharpStack.IntegrationTests.Quotas;

/// <summary>Image quotas on <c>sharpstack up</c>'s cloud: limits created through Identity's REST API, enforced by Image.</summary>
public sealed class ImageQuotaTests(WholeCloudFixture cloud) : IClassFixture<WholeCloudFixture>, IDisposable
{
    private const int MiB = 1024 * 1024;
    private const string MemberPassword = "quota-secret";
    private readonly HttpClient _http = new() { BaseAddress = cloud.RootUrl("identity"), Timeout = TimeSpan.FromMinutes(2) };

    private CloudRest Rest => new(_http);

    [Fact]
    public async Task Up_RegistersUnlimitedImageLimits_AndUsageFollowsProjectLimits()
    {
        var admin = await Rest.TokenAsync("admin", cloud.AdminPassword, "admin");
        var imageService = await ImageServiceIdAsync(admin);
        var (_, registered) = await Rest.SendAsync(HttpMethod.Get, Identity($"v3/registered_limits?service_id={imageService}"), admin);
        var project = await CreateMemberProjectAsync(admin);
        var member = await Rest.TokenAsync(project.User, MemberPassword, project.Name);

        var (status, before) = await Rest.SendAsync(HttpMethod.Get, Image("v2/info/usage"), member);
        await CreateLimitsAsync(admin, imageService, project.Id, ("image_count_total", 3), ("image_size_total", 100));
        var (_, after) = await Rest.SendAsync(HttpMethod.Get, Image("v2/info/usage"), member);

        Assert.Equal(
            ["image_count_total", "image_count_uploading", "image_size_total", "image_stage_total"],
            registered.GetProperty("registered_limits").EnumerateArray()
                .Where(l => l.GetProperty("default_limit").GetInt32() == -1 && l.GetProperty("region_id").GetString() == "RegionOne")
                .Select(l => l.GetProperty("resource_name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(before.GetProperty("usage").EnumerateObject(), resource =>
            Assert.Equal((-1, 0), (resource.Value.GetProperty("limit").GetInt32(), resource.Value.GetProperty("usage").GetInt32())));
        Assert.Equal(4, before.GetProperty("usage").EnumerateObject().Count());
        Assert.Equal(3, after.GetProperty("usage").GetProperty("image_count_total").GetProperty("limit").GetInt32());
        Assert.Equal(100, after.GetProperty("usage").GetProperty("image_size_total").GetProperty("limit").GetInt32());
        Assert.Equal(-1, after.GetProperty("usage").GetProperty("image_stage_total").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task CreateAndUpload_OverProjectLimits_Are413AndLeaveTheImageQueued()
    {
        var admin = await Rest.TokenAsync("admin", cloud.AdminPassword, "admin");
        var imageService = await ImageServiceIdAsync(admin);
        var project = await CreateMemberProjectAsync(admin);
        var limits = await CreateLimitsAsync(admin, imageService, project.Id, ("image_count_total", 1), ("image_size_total", 1));
        var member = await Rest.TokenAsync(project.User, MemberPassword, project.Name);

        var (firstStatus, first) = await CreateImageAsync(member, "first");
        var (secondStatus, refusedCreate) = await CreateImageAsync(member, "second");

        Assert.Equal(HttpStatusCode.Created, firstStatus);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, secondStatus);
        Assert.Contains(
            $"Project {project.Id} is over a limit for [Resource image_count_total is over limit of 1 due to current usage 1 and delta 1]",
            refusedCreate.GetProperty("message").GetString(), StringComparison.Ordinal);

        // A stream of unknown size counts as 0 MiB: the first upload may end over the 1 MiB limit, as in Glance.
        var firstId = first.GetProperty("id").GetString();
        var (uploaded, _) = await Rest.PutChunkedAsync(Image($"v2/images/{firstId}/file"), member, 2 * MiB);
        Assert.Equal(HttpStatusCode.NoContent, uploaded);

        var (raised, _) = await Rest.SendAsync(
            HttpMethod.Patch, Identity($"v3/limits/{limits["image_count_total"]}"), admin, new JsonObject { ["limit"] = new JsonObject { ["resource_limit"] = 2 } });
        Assert.Equal(HttpStatusCode.OK, raised);
        var (_, second) = await CreateImageAsync(member, "second");
        var secondId = second.GetProperty("id").GetString();
        var (refusedUpload, refusal) = await Rest.PutChunkedAsync(Image($"v2/images/{secondId}/file"), member, MiB);
        var (_, secondAfter) = await Rest.SendAsync(HttpMethod.Get, Image($"v2/images/{secondId}"), member);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusedUpload);
        Assert.Contains("image_size_total is over limit of 1 due to current usage 2 and delta 0", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("queued", secondAfter.GetProperty("status").GetString());
    }

    public void Dispose() => _http.Dispose();

    private Uri Identity(string path) => new(cloud.RootUrl("identity"), path);

    private Uri Image(string path) => new(cloud.RootUrl("image"), path);

    private Task<(HttpStatusCode Status, JsonElement Body)> CreateImageAsync(string token, string name) => Rest.SendAsync(
        HttpMethod.Post, Image("v2/images"), token, new JsonObject { ["name"] = name, ["disk_format"] = "raw", ["container_format"] = "bare" });

    private async Task<string> ImageServiceIdAsync(string admin)
    {
        var (_, services) = await Rest.SendAsync(HttpMethod.Get, Identity("v3/services?type=image"), admin);
        return services.GetProperty("services").EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    /// <summary>A new project with a new user holding the member role on it.</summary>
    private async Task<(string Id, string Name, string User)> CreateMemberProjectAsync(string admin)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, project) = await Rest.SendAsync(HttpMethod.Post, Identity("v3/projects"), admin,
            new JsonObject { ["project"] = new JsonObject { ["name"] = $"quota-{suffix}", ["domain_id"] = "default" } });
        var (_, user) = await Rest.SendAsync(HttpMethod.Post, Identity("v3/users"), admin,
            new JsonObject { ["user"] = new JsonObject { ["name"] = $"quota-user-{suffix}", ["password"] = MemberPassword, ["domain_id"] = "default" } });
        var (_, roles) = await Rest.SendAsync(HttpMethod.Get, Identity("v3/roles?name=member"), admin);
        var projectId = project.GetProperty("project").GetProperty("id").GetString()!;
        var userId = user.GetProperty("user").GetProperty("id").GetString();
        var roleId = roles.GetProperty("roles")[0].GetProperty("id").GetString();
        var (granted, _) = await Rest.SendAsync(HttpMethod.Put, Identity($"v3/projects/{projectId}/users/{userId}/roles/{roleId}"), admin);
        Assert.Equal(HttpStatusCode.NoContent, granted);
        return (projectId, $"quota-{suffix}", $"quota-user-{suffix}");
    }

    /// <summary>Creates project limits in RegionOne and returns their ids by resource name.</summary>
    private async Task<Dictionary<string, string>> CreateLimitsAsync(string admin, string serviceId, string projectId, params (string Resource, int Limit)[] limits)
    {
        var body = new JsonObject
        {
            ["limits"] = new JsonArray([.. limits.Select(limit => (JsonNode)new JsonObject
            {
                ["service_id"] = serviceId, ["region_id"] = "RegionOne", ["project_id"] = projectId,
                ["resource_name"] = limit.Resource, ["resource_limit"] = limit.Limit,
            })]),
        };
        var (status, created) = await Rest.SendAsync(HttpMethod.Post, Identity("v3/limits"), admin, body);
        Assert.Equal(HttpStatusCode.Created, status);
        return created.GetProperty("limits").EnumerateArray()
            .ToDictionary(l => l.GetProperty("resource_name").GetString()!, l => l.GetProperty("id").GetString()!);
    }
}
