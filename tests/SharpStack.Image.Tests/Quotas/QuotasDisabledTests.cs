using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Quotas;

public sealed class QuotasDisabledTests(QuotasDisabledTests.Server server) : IClassFixture<QuotasDisabledTests.Server>
{
    [Fact]
    public async Task GetUsage_KeystoneLimitsOff_IsEmptyWithoutAskingIdentity()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", ImagePersona.MemberA);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"usage":{}}""", body.GetRawText());
        Assert.Equal(0, server.Limits.Calls);
    }

    [Fact]
    public async Task Enforce_KeystoneLimitsOff_AllowsEverythingWithoutAskingIdentity()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var quotas = scope.ServiceProvider.GetRequiredService<ImageQuotaEnforcer>();

        await quotas.EnforceImageCountTotalAsync(ImageApiServer.ProjectAId, CancellationToken.None);
        await quotas.EnforceImageSizeTotalAsync(ImageApiServer.ProjectAId, long.MaxValue, CancellationToken.None);
        await quotas.EnforceImageStageTotalAsync(ImageApiServer.ProjectAId, long.MaxValue, CancellationToken.None);
        await quotas.EnforceImageCountUploadingAsync(ImageApiServer.ProjectAId, CancellationToken.None);

        Assert.False(quotas.Enabled);
        Assert.Equal(0, server.Limits.Calls);
    }

    /// <summary>The Image API with Glance's default <c>use_keystone_limits = false</c>; the limit source only counts calls.</summary>
    public sealed class Server : ImageApiServer
    {
        internal FakeLimitSource Limits { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton<IProjectLimitSource>(Limits));
    }
}
