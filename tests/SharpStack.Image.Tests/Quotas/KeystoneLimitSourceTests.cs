using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Auth;
using SharpStack.Image.Application.Quotas;

namespace SharpStack.Image.Tests.Quotas;

public sealed class KeystoneLimitSourceTests
{
    private const string RegisteredLimits = """
        {"registered_limits": [
            {"resource_name": "image_size_total", "default_limit": 1000},
            {"resource_name": "image_count_total", "default_limit": 100}]}
        """;

    private const string ProjectLimits = """{"limits": [{"resource_name": "image_count_total", "resource_limit": 5, "project_id": "p1"}]}""";

    private readonly FakeIdentityServiceClient _identity = new();

    [Fact]
    public async Task GetLimits_ByServiceTypeAndRegion_ProjectLimitOverridesRegisteredDefault()
    {
        _identity.Answer("v3/services?type=image", """{"services": [{"id": "svc1", "type": "image"}]}""");
        _identity.Answer("v3/regions/RegionOne", """{"region": {"id": "RegionOne"}}""");
        _identity.Answer("v3/endpoints?service_id=svc1&interface=public&region_id=RegionOne", """{"endpoints": [{"id": "e1", "service_id": "svc1", "region_id": "RegionOne"}]}""");
        _identity.Answer("v3/registered_limits?service_id=svc1&region_id=RegionOne", RegisteredLimits);
        _identity.Answer("v3/limits?service_id=svc1&region_id=RegionOne&project_id=p1", ProjectLimits);
        var source = Source(new OsloLimitOptions { EndpointRegionName = "RegionOne" });

        var limits = await source.GetLimitsAsync("p1", CancellationToken.None);
        await source.GetLimitsAsync("p1", CancellationToken.None);

        Assert.Equal(1000, limits["image_size_total"]);
        Assert.Equal(5, limits["image_count_total"]);
        Assert.False(limits.ContainsKey("image_stage_total"));
        Assert.Single(_identity.Requests, path => path.StartsWith("v3/services", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetLimits_ByEndpointId_UsesTheEndpointsServiceAndRegion()
    {
        _identity.Answer("v3/endpoints/e9", """{"endpoint": {"id": "e9", "service_id": "svc9", "region_id": "RegionTwo", "interface": "internal"}}""");
        _identity.Answer("v3/registered_limits?service_id=svc9&region_id=RegionTwo", RegisteredLimits);

        var limits = await Source(new OsloLimitOptions { EndpointId = "e9" }).GetLimitsAsync(null, CancellationToken.None);

        Assert.Equal(100, limits["image_count_total"]);
        Assert.DoesNotContain(_identity.Requests, path => path.StartsWith("v3/limits", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetLimits_SeveralMatchingEndpoints_Is503NamingTheOption()
    {
        _identity.Answer("v3/services?name=glance", """{"services": [{"id": "svc1"}]}""");
        _identity.Answer("v3/endpoints?service_id=svc1&interface=internal", """{"endpoints": [{"service_id": "svc1", "region_id": "a"}, {"service_id": "svc1", "region_id": "b"}]}""");

        var refused = await Assert.ThrowsAsync<ServiceUnavailableException>(
            () => Source(new OsloLimitOptions { EndpointServiceName = "glance", EndpointInterface = "internalURL" }).GetLimitsAsync("p1", CancellationToken.None));

        Assert.Contains("[oslo_limit]", refused.Message, StringComparison.Ordinal);
    }

    private KeystoneLimitSource Source(OsloLimitOptions options) =>
        new(_identity, new LimitEndpointResolver(_identity, Options.Create(options)));

    [Fact]
    public async Task GetLimits_IdentityDown_PropagatesIdentityUnavailable()
    {
        await Assert.ThrowsAsync<IdentityUnavailableException>(
            () => Source(new OsloLimitOptions()).GetLimitsAsync("p1", CancellationToken.None));
    }
}
