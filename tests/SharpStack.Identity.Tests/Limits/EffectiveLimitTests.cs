using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Domain;
using SharpStack.Testing.Personas;
using static SharpStack.Identity.Tests.Limits.LimitsCloud;

namespace SharpStack.Identity.Tests.Limits;

public sealed class EffectiveLimitTests(LimitsCloud server) : IClassFixture<LimitsCloud>
{
    [Fact]
    public async Task GetEffectiveLimitAsync_NoProjectLimit_ReturnsRegisteredDefault()
    {
        await SeedAsync("eff-default", 20, null, null);

        Assert.Equal(20, await EffectiveAsync(server.ComputeServiceId, null, "eff-default", server.AlphaProjectId));
    }

    [Fact]
    public async Task GetEffectiveLimitAsync_ProjectLimit_OverridesDefaultForThatProjectOnly()
    {
        await SeedAsync("eff-project", 20, null, (server.AlphaProjectId, 3));

        Assert.Equal(3, await EffectiveAsync(server.ComputeServiceId, null, "eff-project", server.AlphaProjectId));
        Assert.Equal(20, await EffectiveAsync(server.ComputeServiceId, null, "eff-project", server.BetaProjectId));
    }

    [Fact]
    public async Task GetEffectiveLimitAsync_ServiceByType_FindsTheService()
    {
        await SeedAsync("eff-type", 8, null, (server.BetaProjectId, -1));

        Assert.Equal(8, await EffectiveAsync("compute", null, "eff-type", server.AlphaProjectId));
        Assert.Equal(-1, await EffectiveAsync("compute", null, "eff-type", server.BetaProjectId));
    }

    [Fact]
    public async Task GetEffectiveLimitAsync_Region_PrefersTheRegionsRegistrationElseTheRegionless()
    {
        await SeedAsync("eff-region", 50, null, null);
        await SeedAsync("eff-region", 5, OtherRegionId, null);

        Assert.Equal(5, await EffectiveAsync(server.ComputeServiceId, OtherRegionId, "eff-region", server.AlphaProjectId));
        Assert.Equal(50, await EffectiveAsync(server.ComputeServiceId, RegionId, "eff-region", server.AlphaProjectId));
    }

    [Fact]
    public async Task GetEffectiveLimitAsync_Unregistered_ReturnsNull()
    {
        Assert.Null(await EffectiveAsync(server.ComputeServiceId, null, "eff-nothing", server.AlphaProjectId));
        Assert.Null(await EffectiveAsync("no-such-service", null, "eff-nothing", server.AlphaProjectId));
    }

    [Fact]
    public async Task DeleteForProjectAsync_ProjectDeleted_FallsBackToTheDefault()
    {
        await SeedAsync("eff-deleted", 30, null, (server.BetaProjectId, 4));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LimitService>().DeleteForProjectAsync(server.BetaProjectId, CancellationToken.None);
        }

        Assert.Equal(30, await EffectiveAsync(server.ComputeServiceId, null, "eff-deleted", server.BetaProjectId));
    }

    private async Task<long?> EffectiveAsync(string service, string? region, string resource, string project)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LimitService>().GetEffectiveLimitAsync(service, region, resource, project, CancellationToken.None);
    }

    private Task SeedAsync(string resource, int defaultLimit, string? region, (string Project, int Limit)? projectLimit) => server.WithDbAsync(async db =>
    {
        var registered = new RegisteredLimit
        {
            Id = KeystoneIds.New(), ServiceId = server.ComputeServiceId, RegionId = region, ResourceName = resource, DefaultLimit = defaultLimit,
        };
        db.RegisteredLimits.Add(registered);
        if (projectLimit is { } own)
        {
            db.Limits.Add(new Limit { Id = KeystoneIds.New(), ProjectId = own.Project, ResourceLimit = own.Limit, RegisteredLimitId = registered.Id });
        }

        await db.SaveChangesAsync();
    });
}
