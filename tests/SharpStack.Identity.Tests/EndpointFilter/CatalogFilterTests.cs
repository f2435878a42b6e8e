using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.EndpointFilter;

public sealed class CatalogFilterTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Catalog_ProjectWithEndpointAssociation_HoldsOnlyThatEndpoint()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        var publicId = await server.NewEndpointAsync(serviceId, "public");
        await server.NewEndpointAsync(serviceId, "internal");
        await server.AssociateAsync(projectId, publicId);

        var issued = await server.IssuedCatalogAsync(projectId);
        var validated = await server.ValidatedCatalogAsync(token);
        var catalog = await server.AuthCatalogAsync(token);

        foreach (var each in new[] { issued, validated, catalog })
        {
            Assert.Equal([serviceId], each.ServiceIds());
            Assert.Equal([publicId], each.EndpointIds());
        }

        Assert.Equal($"/v1/{projectId}", new Uri(catalog[0]!["endpoints"]![0]!["url"]!.GetValue<string>()).AbsolutePath);
    }

    [Fact]
    public async Task Catalog_ProjectWithoutAssociations_HoldsEveryEndpoint()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        var publicId = await server.NewEndpointAsync(serviceId, "public");
        var internalId = await server.NewEndpointAsync(serviceId, "internal");

        var catalog = await server.AuthCatalogAsync(token);
        var issued = await server.IssuedCatalogAsync(projectId);

        Assert.Contains(publicId, catalog.EndpointIds());
        Assert.Contains(internalId, catalog.EndpointIds());
        Assert.True(catalog.Count > 1);
        Assert.Equal(catalog.EndpointIds(), issued.EndpointIds());
    }

    [Fact]
    public async Task Catalog_AssociationAddedThenRemoved_FollowsAtOnce()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        var publicId = await server.NewEndpointAsync(serviceId, "public");
        var before = await server.ValidatedCatalogAsync(token);

        await server.AssociateAsync(projectId, publicId);
        var filtered = await server.ValidatedCatalogAsync(token);
        var filteredCatalog = await server.AuthCatalogAsync(token);
        await server.Admin.SendAsync(HttpMethod.Delete, $"v3/OS-EP-FILTER/projects/{projectId}/endpoints/{publicId}");
        var after = await server.ValidatedCatalogAsync(token);

        Assert.True(before.Count > 1);
        Assert.Equal([publicId], filtered.EndpointIds());
        Assert.Equal([publicId], filteredCatalog.EndpointIds());
        Assert.Equal(before.EndpointIds(), after.EndpointIds());
    }

    [Fact]
    public async Task Catalog_EndpointGroupAssociated_HoldsTheEndpointsItsFiltersMatch()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        await server.NewEndpointAsync(serviceId, "public");
        var internalId = await server.NewEndpointAsync(serviceId, "internal");
        var otherService = await server.NewServiceAsync();
        await server.NewEndpointAsync(otherService, "internal");
        var groupId = await server.Admin.CreateAsync("v3/OS-EP-FILTER/endpoint_groups", "endpoint_group", new JsonObject
        {
            ["name"] = "internal of one service",
            ["filters"] = new JsonObject { ["service_id"] = serviceId, ["interface"] = "internal" },
        });

        await server.Admin.SendAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/endpoint_groups/{groupId}/projects/{projectId}");
        var catalog = await server.AuthCatalogAsync(token);

        Assert.Equal([serviceId], catalog.ServiceIds());
        Assert.Equal([internalId], catalog.EndpointIds());
    }

    [Fact]
    public async Task Catalog_EndpointGroupMatchingNothing_HoldsEveryEndpoint()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var groupId = await server.Admin.CreateAsync("v3/OS-EP-FILTER/endpoint_groups", "endpoint_group", new JsonObject
        {
            ["name"] = "nothing",
            ["filters"] = new JsonObject { ["service_id"] = "no-such-service" },
        });
        var before = await server.AuthCatalogAsync(token);

        await server.Admin.SendAsync(HttpMethod.Put, $"v3/OS-EP-FILTER/endpoint_groups/{groupId}/projects/{projectId}");
        var catalog = await server.AuthCatalogAsync(token);

        Assert.NotEmpty(catalog);
        Assert.Equal(before.EndpointIds(), catalog.EndpointIds());
    }

    [Fact]
    public async Task Catalog_DisabledEndpointAssociated_IsLeftOut()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        var publicId = await server.NewEndpointAsync(serviceId, "public");
        var disabledId = await server.NewEndpointAsync(serviceId, "admin", enabled: false);
        await server.AssociateAsync(projectId, publicId);
        await server.AssociateAsync(projectId, disabledId);

        var catalog = await server.AuthCatalogAsync(token);

        Assert.Equal([publicId], catalog.EndpointIds());
    }

    [Fact]
    public async Task Catalog_OnlyDisabledEndpointAssociated_IsEmpty()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        var disabledId = await server.NewEndpointAsync(serviceId, "public", enabled: false);
        await server.AssociateAsync(projectId, disabledId);

        var catalog = await server.AuthCatalogAsync(token);

        Assert.Empty(catalog);
    }
}
