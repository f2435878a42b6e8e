using Microsoft.Extensions.DependencyInjection;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

public sealed class EndpointLookupTests
{
    private static async Task<string> PathOfCallAsync(CloudStub stub, params (string Key, string? Value)[] settings)
    {
        await using var services = ClientHost.Create(ClientHost.Settings(stub, settings));
        return (await services.GetRequiredService<EchoClient>().GetAsync("resource_providers")).Path;
    }

    [Fact]
    public async Task Call_DefaultValidInterfaces_PrefersInternalThenPublic()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("placement", "public", stub.At("public"));
        stub.AddEndpoint("placement", "admin", stub.At("admin"));
        stub.AddEndpoint("placement", "internal", stub.At("internal"));
        stub.AddEndpoint("image", "internal", stub.At("image"));

        Assert.Equal("/internal/resource_providers", await PathOfCallAsync(stub));
    }

    [Fact]
    public async Task Call_NoInternalEndpoint_FallsBackToPublic()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("placement", "admin", stub.At("admin"));
        stub.AddEndpoint("placement", "public", stub.At("public"));

        Assert.Equal("/public/resource_providers", await PathOfCallAsync(stub));
    }

    [Fact]
    public async Task Call_ValidInterfacesAdmin_UsesTheAdminEndpoint()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("placement", "internal", stub.At("internal"));
        stub.AddEndpoint("placement", "admin", stub.At("admin"));

        Assert.Equal("/admin/resource_providers", await PathOfCallAsync(stub, ("placement:valid_interfaces", "adminURL")));
    }

    [Fact]
    public async Task Call_RegionName_UsesThatRegionsEndpoint()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("placement", "internal", stub.At("one"), region: "RegionOne");
        stub.AddEndpoint("placement", "internal", stub.At("two"), region: "RegionTwo");

        Assert.Equal("/two/resource_providers", await PathOfCallAsync(stub, ("placement:region_name", "RegionTwo")));
        Assert.Equal("/one/resource_providers", await PathOfCallAsync(stub, ("placement:region_name", "RegionOne")));
    }

    [Fact]
    public async Task Call_EndpointOverride_SkipsTheCatalog()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("placement", "internal", stub.At("catalog"));

        Assert.Equal("/override/resource_providers", await PathOfCallAsync(stub, ("placement:endpoint_override", stub.At("override/"))));
    }

    [Fact]
    public async Task Call_EndpointOverrideWithProjectTemplate_ActingProjectFilledIn()
    {
        await using var stub = await CloudStub.StartAsync();

        Assert.Equal(
            $"/v3/{CloudStub.ServiceProjectId}/resource_providers",
            await PathOfCallAsync(stub, ("placement:endpoint_override", stub.Url + "v3/%(project_id)s")));
    }

    [Fact]
    public async Task Call_EndpointAddedAfterTokenIssued_CatalogRefreshedOnceAndUsed()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("image", "internal", stub.At("image"));
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub),
            register: services => services.AddServiceClient<EchoClient>("placement", "placement").AddServiceClient<OtherEchoClient>("glance", "image"));
        await services.GetRequiredService<OtherEchoClient>().GetAsync("v2/images");
        stub.AddEndpoint("placement", "internal", stub.At("placement"));

        var reply = await services.GetRequiredService<EchoClient>().GetAsync("traits");
        await services.GetRequiredService<EchoClient>().GetAsync("traits");

        Assert.Equal("/placement/traits", reply.Path);
        Assert.Equal(2, stub.TokensIssued);
    }

    [Fact]
    public async Task Call_NoEndpointAnywhere_RefreshesOnceThenUnavailable()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("image", "internal", stub.At("image"));
        await using var services = ClientHost.Create(ClientHost.Settings(stub));

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(() => services.GetRequiredService<EchoClient>().GetAsync("traits"));

        Assert.Equal(ServiceCallFailure.NoEndpoint, failure.Failure);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal(2, stub.TokensIssued);
        Assert.Empty(stub.Received);
    }

    [Fact]
    public async Task Call_VolumeTemplateInCatalog_ServiceProjectOrUsersProjectFilledIn()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("volumev3", "internal", stub.At("volume/v3/$(project_id)s"));
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub), register: services => services.AddServiceClient<EchoClient>("cinder", "block-storage"));
        var client = services.GetRequiredService<EchoClient>();

        var asService = await client.GetAsync("volumes");
        var asUser = await client.GetAsync("volumes", ServiceCallOptions.AsUser(stub.AddUserToken(), "9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d"));

        Assert.Equal($"/volume/v3/{CloudStub.ServiceProjectId}/volumes", asService.Path);
        Assert.Equal("/volume/v3/9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d/volumes", asUser.Path);
    }

    [Fact]
    public async Task Call_CatalogExpandedForServiceProject_UsersProjectPutInItsPlace()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.AddEndpoint("object-store", "internal", stub.At($"v1/AUTH_{CloudStub.ServiceProjectId}"));
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub), register: services => services.AddServiceClient<EchoClient>("swift", "object-store"));

        var reply = await services.GetRequiredService<EchoClient>().GetAsync("images", ServiceCallOptions.AsUser(stub.AddUserToken(), "1f2e3d4c5b6a47988796a5b4c3d2e1f0"));

        Assert.Equal("/v1/AUTH_1f2e3d4c5b6a47988796a5b4c3d2e1f0/images", reply.Path);
    }
}
