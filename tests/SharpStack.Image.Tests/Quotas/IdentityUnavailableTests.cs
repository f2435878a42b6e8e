using System.Net;
using SharpStack.Common.Faults;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>Unified limits while Identity is down: the Image service answers 503 instead of guessing a limit.</summary>
public sealed class IdentityUnavailableTests(IdentityUnavailableTests.Server server) : IClassFixture<IdentityUnavailableTests.Server>
{
    [Fact]
    public async Task Enforce_IdentityUnavailable_Answers503()
    {
        var refused = await Assert.ThrowsAsync<ServiceUnavailableException>(
            () => server.WithEnforcerAsync(quotas => quotas.EnforceImageCountTotalAsync(Guid.NewGuid().ToString("N"), CancellationToken.None)));
        Assert.Equal(503, refused.StatusCode);
    }

    [Fact]
    public async Task GetUsage_IdentityUnavailable_Is503()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/usage", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("limits could not be read from Identity", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The Image API with unified limits whose Identity stops once it has validated the project member's token, which the
    /// Image service then keeps for an hour (<c>token_cache_time</c>).
    /// </summary>
    public sealed class Server : QuotaServer
    {
        protected override bool OwnIdentity => true;

        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            [.. base.Settings(), new("keystone_authtoken:token_cache_time", "3600")];

        protected override async Task StartedAsync()
        {
            await base.StartedAsync();
            var (status, _, _) = await this.SendAsync(HttpMethod.Get, "/v2/images", Persona.ProjectMember);
            if (status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Listing images before Identity stops answered {(int)status}.");
            }

            await StopIdentityAsync();
        }
    }
}
