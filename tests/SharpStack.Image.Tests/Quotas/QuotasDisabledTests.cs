using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Identity;
using SharpStack.Testing.Personas;
using SharpStack.Testing.Services;

namespace SharpStack.Image.Tests.Quotas;

public sealed class QuotasDisabledTests(QuotasDisabledTests.Server server) : IClassFixture<QuotasDisabledTests.Server>
{
    [Fact]
    public async Task GetUsage_KeystoneLimitsOff_IsEmptyWithoutAskingIdentity()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"usage":{}}""", body.GetRawText());
        Assert.Empty(server.LimitReads());
    }

    [Fact]
    public async Task Enforce_KeystoneLimitsOff_AllowsEverythingWithoutAskingIdentity()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var quotas = scope.ServiceProvider.GetRequiredService<ImageQuotaEnforcer>();

        await quotas.EnforceImageCountTotalAsync(server.Targets.ProjectAId, CancellationToken.None);
        await quotas.EnforceImageSizeTotalAsync(server.Targets.ProjectAId, long.MaxValue, CancellationToken.None);
        await quotas.EnforceImageStageTotalAsync(server.Targets.ProjectAId, long.MaxValue, CancellationToken.None);
        await quotas.EnforceImageCountUploadingAsync(server.Targets.ProjectAId, CancellationToken.None);

        Assert.False(quotas.Enabled);
        Assert.Empty(server.LimitReads());
    }

    /// <summary>The Image API with Glance's default <c>use_keystone_limits = false</c>, over an Identity that records what it is asked.</summary>
    public sealed class Server : ImageServer
    {
        private static readonly string[] LimitPaths = ["/v3/registered_limits", "/v3/limits", "/v3/services", "/v3/endpoints", "/v3/regions"];
        private readonly RequestLog _identityRequests = new();

        protected override bool OwnIdentity => true;

        /// <summary>The requests Identity received for limits or for the catalog lookups that precede them.</summary>
        public IEnumerable<string> LimitReads() =>
            _identityRequests.Requests.Where(request => LimitPaths.Any(path => request.Split(' ')[1].StartsWith(path, StringComparison.Ordinal)));

        protected override PersonaCloud CreateOwnCloud() => new RecordedCloud(_identityRequests);
    }

    private sealed class RecordedCloud(RequestLog log) : PersonaCloud
    {
        protected override IdentityServerOptions Options() => new() { ConfigureServices = services => services.AddSingleton<IStartupFilter>(log) };
    }
}
