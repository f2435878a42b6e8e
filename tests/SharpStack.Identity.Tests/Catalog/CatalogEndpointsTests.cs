using SharpStack.Identity.Tests.Assignments;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Catalog;

public sealed class CatalogEndpointsTests(AssignmentsCloud server) : IClassFixture<AssignmentsCloud>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Regions_CreateWithParentListUpdateDelete()
    {
        var parent = Unique("r");
        var child = Unique("c");

        Assert.Equal(201, (await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { id = parent, description = "p" } })).Status);
        var (created, body) = await server.SendAsync(HttpMethod.Put, $"/v3/regions/{child}", body: new { region = new { parent_region_id = parent } });
        Assert.Equal(201, created);
        Assert.Equal(parent, body!["region"]!["parent_region_id"]!.GetValue<string>());
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/regions?parent_region_id={parent}", Persona.ProjectReader);
        Assert.Single(list!["regions"]!.AsArray());
        var (cycle, cycleError) = await server.SendAsync(HttpMethod.Patch, $"/v3/regions/{parent}", body: new { region = new { parent_region_id = child } });
        Assert.Equal(400, cycle);
        Assert.Equal($"The specified parent region {child} would create a circular region hierarchy.", cycleError!["error"]!["message"]!.GetValue<string>());
        var (duplicate, duplicateError) = await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { id = parent } });
        Assert.Equal(409, duplicate);
        Assert.Equal($"Conflict occurred attempting to store region - Duplicate ID, {parent}.", duplicateError!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, $"/v3/regions/{parent}")).Status);
        Assert.Equal(404, (await server.SendAsync(HttpMethod.Get, $"/v3/regions/{child}")).Status);
    }

    [Fact]
    public async Task Regions_UnknownParent_NotFound()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Post, "/v3/regions", body: new { region = new { parent_region_id = "nope" } });

        Assert.Equal(404, status);
        Assert.Equal("Could not find region: nope.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ServicesAndEndpoints_CrudFiltersAndCascade()
    {
        var type = Unique("t");
        var (created, service) = await server.SendAsync(HttpMethod.Post, "/v3/services", body: new { service = new { type, name = "svc" } });
        var serviceId = service!["service"]!["id"]!.GetValue<string>();
        Assert.Equal(201, created);
        var (_, byType) = await server.SendAsync(HttpMethod.Get, $"/v3/services?type={type}");
        Assert.Single(byType!["services"]!.AsArray());

        var region = Unique("legacy");
        var (endpointCreated, endpoint) = await server.SendAsync(HttpMethod.Post, "/v3/endpoints",
            body: new { endpoint = new { service_id = serviceId, @interface = "public", url = "http://127.0.0.1:1/v1", region } });
        Assert.Equal(201, endpointCreated);
        Assert.Equal(region, endpoint!["endpoint"]!["region_id"]!.GetValue<string>());
        Assert.Equal(region, endpoint["endpoint"]!["region"]!.GetValue<string>());
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, $"/v3/regions/{region}")).Status);
        var endpointId = endpoint["endpoint"]!["id"]!.GetValue<string>();
        var (_, filtered) = await server.SendAsync(HttpMethod.Get, $"/v3/endpoints?service_id={serviceId}&interface=public");
        Assert.Single(filtered!["endpoints"]!.AsArray());
        var (patched, patchBody) = await server.SendAsync(HttpMethod.Patch, $"/v3/endpoints/{endpointId}", body: new { endpoint = new { @interface = "internal" } });
        Assert.Equal(200, patched);
        Assert.Equal("internal", patchBody!["endpoint"]!["interface"]!.GetValue<string>());
        var (regionInUse, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/regions/{region}");
        Assert.Equal(403, regionInUse);

        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, $"/v3/services/{serviceId}")).Status);
        var (gone, error) = await server.SendAsync(HttpMethod.Get, $"/v3/endpoints/{endpointId}");
        Assert.Equal(404, gone);
        Assert.Equal($"Could not find endpoint: {endpointId}.", error!["error"]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"endpoint\": {\"service_id\": \"S\", \"interface\": \"sideways\", \"url\": \"http://x\"}}", "interface")]
    [InlineData("{\"endpoint\": {\"service_id\": \"S\", \"interface\": \"public\", \"url\": \"not a url\"}}", "url")]
    [InlineData("{\"endpoint\": {\"service_id\": \"S\", \"interface\": \"public\"}}", "'url' is a required property")]
    [InlineData("{\"endpoint\": {\"service_id\": \"nope\", \"interface\": \"public\", \"url\": \"http://x\"}}", "endpoint service_id")]
    [InlineData("{\"endpoint\": {\"service_id\": \"S\", \"interface\": \"public\", \"url\": \"http://x\", \"region_id\": \"nope\"}}", "endpoint region_id")]
    public async Task Endpoints_InvalidBody_BadRequestNamingTheField(string json, string expected)
    {
        var (_, service) = await server.SendAsync(HttpMethod.Post, "/v3/services", body: new { service = new { type = Unique("t") } });
        var body = json.Replace("\"S\"", $"\"{service!["service"]!["id"]!.GetValue<string>()}\"", StringComparison.Ordinal);

        var (status, error) = await server.SendAsync(HttpMethod.Post, "/v3/endpoints", body: body);

        Assert.Equal(400, status);
        Assert.Contains(expected, error!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_ListAsProjectMember_Forbidden_AndMissingType_BadRequest()
    {
        var (forbidden, _) = await server.SendAsync(HttpMethod.Get, "/v3/services", Persona.ProjectMember);
        var (invalid, _) = await server.SendAsync(HttpMethod.Post, "/v3/services", body: new { service = new { name = "x" } });

        Assert.Equal(403, forbidden);
        Assert.Equal(400, invalid);
    }
}
