namespace SharpStack.Identity.Tests.EndpointFilter;

public sealed class NoFilterEmptyCatalogTests(NoFilterEmptyCatalogCloud server) : IClassFixture<NoFilterEmptyCatalogCloud>
{
    [Fact]
    public async Task Catalog_ProjectWithoutAssociations_IsEmpty()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();

        var catalog = await server.AuthCatalogAsync(token);
        var issued = await server.IssuedCatalogAsync(projectId);

        Assert.Empty(catalog);
        Assert.Empty(issued);
    }

    [Fact]
    public async Task Catalog_ProjectWithAssociation_HoldsIt()
    {
        var (projectId, token) = await server.NewProjectTokenAsync();
        var serviceId = await server.NewServiceAsync();
        var endpointId = await server.NewEndpointAsync(serviceId, "public");

        await server.AssociateAsync(projectId, endpointId);
        var catalog = await server.AuthCatalogAsync(token);

        Assert.Equal([endpointId], catalog.EndpointIds());
    }
}
