using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Tests.Limits;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.EndpointPolicy;

public sealed class EndpointPolicyEndpointsTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    private const string Base = "/v3/policies";

    [Fact]
    public async Task EndpointAssociation_PutCheckListDelete_Returns204sAnd404Afterwards()
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();
        var endpoint = await EndpointAsync(service, LimitsCloud.RegionId);
        var association = $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints/{endpoint}";

        var (before, missing) = await server.SendAsync(HttpMethod.Get, association);
        var (put, _) = await server.SendAsync(HttpMethod.Put, association);
        var (get, _) = await server.SendAsync(HttpMethod.Get, association, Persona.SystemReader);
        var (head, _) = await server.SendAsync(HttpMethod.Head, association);
        var (listed, list) = await server.SendAsync(HttpMethod.Get, $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints");
        var (deleted, _) = await server.SendAsync(HttpMethod.Delete, association);
        var (after, _) = await server.SendAsync(HttpMethod.Get, association);
        var (again, _) = await server.SendAsync(HttpMethod.Delete, association);

        Assert.Equal(404, before);
        Assert.Equal("Could not find policy association.", Message(missing));
        Assert.Equal([204, 204, 204, 200, 204, 404, 204], new[] { put, get, head, listed, deleted, after, again });
        Assert.Equal([endpoint], Ids(list));
        Assert.EndsWith("/v3/endpoints/" + endpoint, list!["endpoints"]![0]!["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceAndRegionAssociations_PutThenCheck_Return204AndStayApart()
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();
        var forService = $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}";
        var forRegion = $"{forService}/regions/{LimitsCloud.OtherRegionId}";

        var (regionBefore, _) = await server.SendAsync(HttpMethod.Put, forRegion);
        var (serviceCheck, _) = await server.SendAsync(HttpMethod.Head, forService);
        var (servicePut, _) = await server.SendAsync(HttpMethod.Put, forService);
        var (serviceGet, _) = await server.SendAsync(HttpMethod.Get, forService);
        var (regionGet, _) = await server.SendAsync(HttpMethod.Get, forRegion);
        var (otherRegion, _) = await server.SendAsync(HttpMethod.Get, $"{forService}/regions/{LimitsCloud.RegionId}");
        var (regionDelete, _) = await server.SendAsync(HttpMethod.Delete, forRegion);
        var (regionAfter, _) = await server.SendAsync(HttpMethod.Get, forRegion);
        var (serviceAfter, _) = await server.SendAsync(HttpMethod.Get, forService);

        Assert.Equal([204, 404, 204, 204, 204, 404, 204, 404, 204],
            new[] { regionBefore, serviceCheck, servicePut, serviceGet, regionGet, otherRegion, regionDelete, regionAfter, serviceAfter });
    }

    [Fact]
    public async Task Put_SameEndpointWithAnotherPolicy_ReplacesTheAssociation()
    {
        var (first, second) = (await PolicyAsync(), await PolicyAsync());
        var endpoint = await EndpointAsync(await ServiceAsync(), LimitsCloud.RegionId);

        await server.SendAsync(HttpMethod.Put, $"{Base}/{first}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{second}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");
        var (old, _) = await server.SendAsync(HttpMethod.Get, $"{Base}/{first}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");
        var (current, _) = await server.SendAsync(HttpMethod.Get, $"{Base}/{second}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");
        var (_, effective) = await server.SendAsync(HttpMethod.Get, $"/v3/endpoints/{endpoint}/OS-ENDPOINT-POLICY/policy");

        Assert.Equal(404, old);
        Assert.Equal(204, current);
        Assert.Equal(second, effective!["policy"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_TargetWithDuplicateRows_KeepsOneAssociation()
    {
        var (first, second) = (await PolicyAsync(), await PolicyAsync());
        var service = await ServiceAsync();
        await server.SendAsync(HttpMethod.Put, $"{Base}/{first}/OS-ENDPOINT-POLICY/services/{service}");
        await server.WithDbAsync(async db =>
        {
            db.PolicyAssociations.Add(new PolicyAssociation { Id = Guid.NewGuid().ToString("N"), PolicyId = first, ServiceId = service });
            await db.SaveChangesAsync();
        });

        var (put, _) = await server.SendAsync(HttpMethod.Put, $"{Base}/{second}/OS-ENDPOINT-POLICY/services/{service}");
        var rows = await server.WithDbAsync(db => db.PolicyAssociations.Where(a => a.ServiceId == service).Select(a => a.PolicyId).ToListAsync());

        Assert.Equal(204, put);
        Assert.Equal([second], rows);
    }

    [Theory]
    [InlineData("PUT", "policy")]
    [InlineData("GET", "endpoint")]
    [InlineData("DELETE", "service")]
    [InlineData("PUT", "region")]
    public async Task Association_UnknownEntity_Returns404NamingIt(string method, string unknown)
    {
        var policy = unknown == "policy" ? "nope" : await PolicyAsync();
        var service = unknown == "service" ? "nope" : await ServiceAsync();
        var path = unknown switch
        {
            "endpoint" => $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints/nope",
            "region" => $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}/regions/nope",
            _ => $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}",
        };

        var (status, body) = await server.SendAsync(new HttpMethod(method), path);

        Assert.Equal(404, status);
        Assert.Equal($"Could not find {unknown}: nope.", Message(body));
    }

    [Fact]
    public async Task EffectivePolicy_FallsBackFromEndpointToRegionsUpwardsToService()
    {
        var (forEndpoint, forParent, forService) = (await PolicyAsync(), await PolicyAsync(), await PolicyAsync());
        var service = await ServiceAsync();
        var parent = await RegionAsync(null);
        var child = await RegionAsync(parent);
        var endpoint = await EndpointAsync(service, child);
        var effective = $"/v3/endpoints/{endpoint}/OS-ENDPOINT-POLICY/policy";
        await server.SendAsync(HttpMethod.Put, $"{Base}/{forService}/OS-ENDPOINT-POLICY/services/{service}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{forParent}/OS-ENDPOINT-POLICY/services/{service}/regions/{parent}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{forEndpoint}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");

        var byEndpoint = await EffectiveIdAsync(effective);
        await server.SendAsync(HttpMethod.Delete, $"{Base}/{forEndpoint}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");
        var byRegion = await EffectiveIdAsync(effective);
        await server.SendAsync(HttpMethod.Delete, $"{Base}/{forParent}/OS-ENDPOINT-POLICY/services/{service}/regions/{parent}");
        var byService = await EffectiveIdAsync(effective);
        await server.SendAsync(HttpMethod.Delete, $"{Base}/{forService}/OS-ENDPOINT-POLICY/services/{service}");
        var (none, body) = await server.SendAsync(HttpMethod.Get, effective, Persona.SystemReader);

        Assert.Equal([forEndpoint, forParent, forService], new[] { byEndpoint, byRegion, byService });
        Assert.Equal(404, none);
        Assert.Equal($"No policy is associated with endpoint {endpoint}.", Message(body));
    }

    [Fact]
    public async Task EffectivePolicy_UnknownEndpoint_Returns404()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v3/endpoints/nope/OS-ENDPOINT-POLICY/policy");

        Assert.Equal(404, status);
        Assert.Equal("Could not find endpoint: nope.", Message(body));
    }

    [Fact]
    public async Task EffectivePolicy_ShowsThePolicyBlob()
    {
        var policy = await PolicyAsync();
        var endpoint = await EndpointAsync(await ServiceAsync(), LimitsCloud.RegionId);
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");

        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/endpoints/{endpoint}/OS-ENDPOINT-POLICY/policy");

        Assert.Equal(200, status);
        Assert.Equal("{}", body!["policy"]!["blob"]!.GetValue<string>());
        Assert.Equal("application/json", body["policy"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListEndpoints_RegionAssociation_CoversChildRegionsAndOnlyThatService()
    {
        var policy = await PolicyAsync();
        var (service, otherService) = (await ServiceAsync(), await ServiceAsync());
        var parent = await RegionAsync(null);
        var child = await RegionAsync(parent);
        var inParent = await EndpointAsync(service, parent);
        var inChild = await EndpointAsync(service, child);
        await EndpointAsync(service, LimitsCloud.OtherRegionId);
        await EndpointAsync(otherService, child);
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}/regions/{parent}");

        var (status, body) = await server.SendAsync(HttpMethod.Get, $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints", Persona.SystemReader);

        Assert.Equal(200, status);
        Assert.Equal(new[] { inParent, inChild }.Order(StringComparer.Ordinal), Ids(body).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListEndpoints_ServiceAssociation_ListsEveryEndpointOfTheService()
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();
        var first = await EndpointAsync(service, LimitsCloud.RegionId);
        var second = await EndpointAsync(service, LimitsCloud.OtherRegionId);
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}");

        var (_, body) = await server.SendAsync(HttpMethod.Get, $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints");

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), Ids(body).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListEndpoints_UnknownPolicy_Returns404()
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, $"{Base}/nope/OS-ENDPOINT-POLICY/endpoints");

        Assert.Equal(404, status);
        Assert.Equal("Could not find policy: nope.", Message(body));
    }

    [Fact]
    public async Task DeletePolicy_RemovesItsAssociations()
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}");

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"{Base}/{policy}");

        Assert.Equal(204, status);
        Assert.Equal(0, await AssociationsAsync(a => a.PolicyId == policy));
    }

    [Fact]
    public async Task DeleteEndpoint_RemovesItsAssociation()
    {
        var policy = await PolicyAsync();
        var endpoint = await EndpointAsync(await ServiceAsync(), LimitsCloud.RegionId);
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/endpoints/{endpoint}");

        Assert.Equal(204, status);
        Assert.Equal(0, await AssociationsAsync(a => a.EndpointId == endpoint));
    }

    [Fact]
    public async Task DeleteService_RemovesItsAssociationsAndThoseOfItsEndpoints()
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();
        var endpoint = await EndpointAsync(service, LimitsCloud.RegionId);
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}/regions/{LimitsCloud.RegionId}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/endpoints/{endpoint}");

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/services/{service}");

        Assert.Equal(204, status);
        Assert.Equal(0, await AssociationsAsync(a => a.PolicyId == policy));
    }

    [Fact]
    public async Task DeleteRegion_RemovesTheAssociationsOfItAndItsChildren()
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();
        var parent = await RegionAsync(null);
        var child = await RegionAsync(parent);
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}/regions/{parent}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}/regions/{child}");
        await server.SendAsync(HttpMethod.Put, $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}");

        var (status, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/regions/{parent}");

        Assert.Equal(204, status);
        Assert.Equal(1, await AssociationsAsync(a => a.PolicyId == policy));
        Assert.Equal(0, await AssociationsAsync(a => a.RegionId == parent || a.RegionId == child));
    }

    [Theory]
    [InlineData("PUT", Persona.ProjectMember)]
    [InlineData("DELETE", Persona.SystemReader)]
    [InlineData("GET", Persona.ProjectMember)]
    public async Task Association_WithoutTheRole_Returns403(string method, Persona persona)
    {
        var policy = await PolicyAsync();
        var service = await ServiceAsync();

        var (status, body) = await server.SendAsync(new HttpMethod(method), $"{Base}/{policy}/OS-ENDPOINT-POLICY/services/{service}", persona);

        Assert.Equal(403, status);
        Assert.StartsWith("You are not authorized to perform the requested action: identity:", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EffectivePolicy_ByProjectMember_Returns403()
    {
        var endpoint = await EndpointAsync(await ServiceAsync(), LimitsCloud.RegionId);

        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v3/endpoints/{endpoint}/OS-ENDPOINT-POLICY/policy", Persona.ProjectMember);

        Assert.Equal(403, status);
        Assert.Equal("You are not authorized to perform the requested action: identity:get_policy_for_endpoint.", Message(body));
    }

    private async Task<string> EffectiveIdAsync(string path)
    {
        var (_, body) = await server.SendAsync(HttpMethod.Get, path);
        return body!["policy"]!["id"]!.GetValue<string>();
    }

    private Task<int> AssociationsAsync(System.Linq.Expressions.Expression<Func<Domain.PolicyAssociation, bool>> predicate) =>
        server.WithDbAsync(db => db.PolicyAssociations.CountAsync(predicate));

    private async Task<string> PolicyAsync() =>
        await CreateAsync(Base, "policy", new { policy = new { blob = "{}", type = "application/json" } });

    private async Task<string> ServiceAsync() =>
        await CreateAsync("/v3/services", "service", new { service = new { type = "compute", name = Guid.NewGuid().ToString("N") } });

    private async Task<string> RegionAsync(string? parent) =>
        await CreateAsync("/v3/regions", "region", new { region = new { parent_region_id = parent } });

    private async Task<string> EndpointAsync(string service, string region) =>
        await CreateAsync("/v3/endpoints", "endpoint", new { endpoint = new { service_id = service, region_id = region, @interface = "public", url = "http://127.0.0.1:9/x" } });

    private async Task<string> CreateAsync(string path, string member, object body)
    {
        var (status, created) = await server.SendAsync(HttpMethod.Post, path, body: body);
        Assert.Equal(201, status);
        return created![member]!["id"]!.GetValue<string>();
    }

    private static string Message(System.Text.Json.Nodes.JsonNode? body) => body!["error"]!["message"]!.GetValue<string>();

    private static string[] Ids(System.Text.Json.Nodes.JsonNode? body) =>
        [.. body!["endpoints"]!.AsArray().Select(e => e!["id"]!.GetValue<string>())];
}
